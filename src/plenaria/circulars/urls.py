from django.urls import path

from plenaria.circulars import views

app_name = "circulars"
urlpatterns = [
    path("", views.letter_list, name="list"),
    path("<int:pk>/", views.letter_detail, name="detail"),
    path("<int:pk>/issue/", views.issue, name="issue"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/send/", views.send, name="send"),
    path("<int:pk>/progress/", views.progress, name="progress"),
    path("<int:pk>/<str:language>/", views.letter_version, name="version"),
    path("<int:pk>/<str:language>/pdf/", views.letter_pdf, name="pdf"),
]
