"""The demo's activities on their way to the public, and the organiser's login: in each call
a few of the organiser's own activities; in the open call, others waiting for the review."""

from random import Random

from django.contrib.auth import get_user_model

from plenaria.contributions.choices import CommentKind, Moderation
from plenaria.contributions.demo.activity_rows import activity_row
from plenaria.contributions.models import Activity, ActivityCall, ActivityComment, PledgerAccess
from plenaria.directory.models import Country, Organisation

ORGANISER_LOGIN = ("organiser", "plenaria-demo")
ORGANISER_COUNTRY = "RW"
S = Moderation
# The organiser's own activities in a past call, then in the open one.
OWN_PAST = [S.PUBLISHED, S.PUBLISHED]
OWN_OPEN = [S.PUBLISHED, S.SUBMITTED, S.DRAFT]
# Other organisers' activities in the open call, for the secretariat's queue.
OTHERS_OPEN = [S.SUBMITTED] * 6 + [S.RETURNED] * 2 + [S.DRAFT] * 2 + [S.DECLINED]


def organiser_organisation() -> Organisation | None:
    """The Member State administration the demo organiser acts for."""
    return Organisation.objects.filter(
        category="member_state", country_id=ORGANISER_COUNTRY
    ).first()


def ensure_organiser_login():
    username, password = ORGANISER_LOGIN
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": "organiser@example.org"}
    )
    if created:
        user.set_password(password)
        user.save()
    organisation = organiser_organisation()
    if organisation is not None and not user.pledging_for.exists():
        PledgerAccess.objects.create(organisation=organisation, user=user)
    return user


def add_work(rng: Random, call: ActivityCall, spec: dict, first: int, user, organisation):
    """Rows numbered from ``first``: the organiser's own, then (open call) the others'."""
    rows: list[Activity] = []
    home = Country.objects.get(code=ORGANISER_COUNTRY)
    for status in OWN_OPEN if spec.get("upcoming") else OWN_PAST:
        row = activity_row(rng, call, first + len(rows), home, spec["day"], spec["topics"],
                           organisation=organisation, status=status)  # fmt: skip
        row.submitted_by = user
        rows.append(row)
    if spec.get("upcoming"):
        countries = list(Country.objects.filter(is_itu_member_state=True).order_by("code"))
        for status in OTHERS_OPEN:
            country = rng.choice(countries)
            rows.append(activity_row(rng, call, first + len(rows), country, spec["day"],
                                     spec["topics"], status=status))  # fmt: skip
    return rows


# What the secretariat told the submitters of the activities it returned or declined.
WORDS = {
    S.RETURNED: (CommentKind.RETURNED, "Please give the city where it takes place and the "
                 "time it ends; then submit it again."),
    S.DECLINED: (CommentKind.DECLINED, "This is a commercial product launch, not a celebration "
                 "of the Day."),
}  # fmt: skip


def add_comments(rows: list[Activity]) -> None:
    """The review's words on the returned and declined activities (written after them)."""
    ActivityComment.objects.bulk_create(
        [
            ActivityComment(activity=row, kind=WORDS[row.status][0], text=WORDS[row.status][1])
            for row in rows
            if row.status in WORDS
        ]
    )
