from django.urls import path

from plenaria.programme import feeds, views

app_name = "programme"
urlpatterns = [
    path("", views.programme, name="programme"),
    path("agenda/", views.agenda, name="agenda"),
    path("agenda.pdf", feeds.agenda_pdf, name="agenda_pdf"),
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>.ics", feeds.session_calendar, name="session_ics"),
    path("sessions/<int:pk>/star/", views.toggle_star, name="star"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("my/", views.my_agenda, name="my_agenda"),
    path("my.ics", feeds.personal_calendar, name="my_ics"),
    path("warnings/", views.organiser_warnings, name="warnings"),
    path("programme.ics", feeds.event_calendar, name="ics"),
    path("schedule.xml", feeds.frab_xml, name="frab_xml"),
    path("schedule.json", feeds.frab_json, name="frab_json"),
]
