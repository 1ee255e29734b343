from django.urls import path
from django.utils.translation import gettext_lazy

from plenaria.circulars import desk, desk_dispatch, preview, recipient_count, views
from plenaria.core.roles import secretariat_page

staff = secretariat_page(gettext_lazy("Only the secretariat writes and sends letters."))


app_name = "circulars"
urlpatterns = [
    path("", views.letter_list, name="list"),
    path("desk/", staff(desk.desk), name="desk"),
    path("desk/new/", staff(desk.letter_form), name="desk_new"),
    path("desk/preview/", staff(preview.markdown_preview), name="desk_preview"),
    path("desk/<int:pk>/", staff(desk.desk_letter), name="desk_letter"),
    path("desk/<int:pk>/edit/", staff(desk.letter_form), name="desk_edit"),
    path("desk/<int:pk>/delete/", staff(desk.letter_delete), name="desk_delete"),
    path("desk/<int:pk>/<str:kind>/new/", staff(desk.part_form), name="desk_part_new"),
    path("desk/<int:pk>/<str:kind>/<int:part_pk>/", staff(desk.part_form), name="desk_part"),
    path(
        "desk/<int:pk>/<str:kind>/<int:part_pk>/delete/",
        staff(desk.part_delete),
        name="desk_part_delete",
    ),
    path("desk/<int:pk>/send/", staff(desk_dispatch.dispatch_form), name="dispatch"),
    path(
        "desk/<int:pk>/send/count/",
        staff(recipient_count.recipient_count),
        name="dispatch_count",
    ),
    path(
        "desk/<int:pk>/sending/", staff(desk_dispatch.dispatch_progress), name="dispatch_progress"
    ),
    path("<int:pk>/", views.letter_detail, name="detail"),
    path("<int:pk>/issue/", staff(views.issue), name="issue"),
    path("<int:pk>/withdraw/", staff(views.withdraw), name="withdraw"),
    path("<int:pk>/send/", staff(views.send), name="send"),
    path("<int:pk>/progress/", staff(views.progress), name="progress"),
    path("<int:pk>/<str:language>/", views.letter_version, name="version"),
    path("<int:pk>/<str:language>/pdf/", views.letter_pdf, name="pdf"),
]
