from django.urls import path

from plenaria.circulars import desk, desk_dispatch, views

app_name = "circulars"
urlpatterns = [
    path("", views.letter_list, name="list"),
    path("desk/", desk.desk, name="desk"),
    path("desk/new/", desk.letter_form, name="desk_new"),
    path("desk/<int:pk>/", desk.desk_letter, name="desk_letter"),
    path("desk/<int:pk>/edit/", desk.letter_form, name="desk_edit"),
    path("desk/<int:pk>/delete/", desk.letter_delete, name="desk_delete"),
    path("desk/<int:pk>/<str:kind>/new/", desk.part_form, name="desk_part_new"),
    path("desk/<int:pk>/<str:kind>/<int:part_pk>/", desk.part_form, name="desk_part"),
    path(
        "desk/<int:pk>/<str:kind>/<int:part_pk>/delete/",
        desk.part_delete,
        name="desk_part_delete",
    ),
    path("desk/<int:pk>/send/", desk_dispatch.dispatch_form, name="dispatch"),
    path("desk/<int:pk>/sending/", desk_dispatch.dispatch_progress, name="dispatch_progress"),
    path("<int:pk>/", views.letter_detail, name="detail"),
    path("<int:pk>/issue/", views.issue, name="issue"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/send/", views.send, name="send"),
    path("<int:pk>/progress/", views.progress, name="progress"),
    path("<int:pk>/<str:language>/", views.letter_version, name="version"),
    path("<int:pk>/<str:language>/pdf/", views.letter_pdf, name="pdf"),
]
