from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext as _

from plenaria.circulars import desk, desk_dispatch, preview, views
from plenaria.core.roles import is_secretariat


def staff(view):
    """A secretariat page: a signed-out visitor is asked to sign in (and comes back), a signed-in
    person without the role is refused with the site's page."""

    @login_required
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not is_secretariat(request.user):
            raise PermissionDenied(_("Only the secretariat writes and sends letters."))
        return view(request, *args, **kwargs)

    return guarded


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
