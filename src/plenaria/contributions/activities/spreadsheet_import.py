"""Importing a filled spreadsheet of activities: all rows or none.

Every row is checked by the same ``validation.clean_activity`` as the web form, and against
the rows above it (the same activity twice). Any problem imports nothing: the uploader gets
every problem with its row number and column, so one correction fixes them all. A file that
is not a spreadsheet, is empty, lacks a required column or has too many rows is refused as a
whole (``spreadsheet_reading``). The rows are written in one transaction, as drafts or
submitted, as the uploader chooses.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from plenaria.contributions.activities import access, spreadsheet
from plenaria.contributions.activities.places import fold
from plenaria.contributions.activities.spreadsheet_reading import (
    ImportRefused,
    Problem,
    country_codes,
    read_rows,
)
from plenaria.contributions.activities.submission import (
    duplicate_in,
    entered_keys,
    refuse_unless_open,
)
from plenaria.contributions.activities.validation import clean_activity
from plenaria.contributions.choices import CommentKind, Moderation
from plenaria.contributions.models import Activity, ActivityComment
from plenaria.core import audit
from plenaria.core.models import AuditEntry
from plenaria.directory.models import Country

__all__ = ["ImportRefused", "Problem", "check_rows", "import_activities", "read_rows"]
DATES = {"starts_on", "ends_on"}
TIMES = {"start_time", "end_time"}
LISTS = {"languages": "languages", "audiences": "audiences"}


def _typed(field: str, value, problems: list, number: int):
    """A cell as the service takes it; a cell of the wrong type is a problem of its own."""
    if field in DATES:
        if isinstance(value, datetime.datetime):
            return value.date()
        if value is None or isinstance(value, datetime.date | str):
            return value
        problems.append(
            Problem(number, str(spreadsheet.LABELS[field]), _("Give a date such as 2021-05-17."))
        )
        return None
    if field in TIMES:
        if isinstance(value, datetime.datetime):
            return value.time()
        if value is None or isinstance(value, datetime.time | str):
            return value
        problems.append(
            Problem(number, str(spreadsheet.LABELS[field]), _("Give a time such as 14:30."))
        )
        return None
    if field in ("online", "contact_public"):
        return spreadsheet.yes(value)
    text = spreadsheet.as_text(value)
    if field in LISTS:
        codes = spreadsheet.vocabulary(LISTS[field])
        parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        return [codes.get(fold(part), part) for part in parts]
    if field == "kind":
        return spreadsheet.vocabulary("kind").get(fold(text), text)
    if field == "country":
        return country_codes().get(fold(text), text)
    return text


def _row_data(number: int, cells: dict, language: str, problems: list) -> dict:
    data = {field: _typed(field, value, problems, number) for field, value in cells.items()}
    for name in ("title", "description"):
        data[name] = {language: data.get(name) or ""}
    return data


def check_rows(user, call, rows, organisation=None) -> list[dict]:
    """Each row's fields, ready to write; or ImportRefused with every row's problems."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    allowed = access.organisations_for(user)
    countries_by_code = {str(c.pk): c for c in Country.objects.all()}
    problems: list[Problem] = []
    cleaned, seen = [], {}
    entered = entered_keys(user, call)
    for number, cells in rows:
        data = _row_data(number, cells, language, problems)
        data["organisation"] = organisation
        data["country"] = countries_by_code.get(str(data.get("country") or "").upper(), "")
        try:
            fields, _co = clean_activity(data, call, allowed)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                column = str(spreadsheet.LABELS.get(field, ""))
                problems.extend(Problem(number, column, message) for message in messages)
            continue
        key = (fields["starts_at"], frozenset(t.casefold() for t in fields["title"].values()))
        if key in seen:
            message = _("The same activity as row %(row)s.") % {"row": seen[key]}
            problems.append(Problem(number, str(spreadsheet.LABELS["title"]), message))
        elif duplicate_in(entered, fields):
            message = _("This activity is entered already (same title and start).")
            problems.append(Problem(number, str(spreadsheet.LABELS["title"]), message))
        seen.setdefault(key, number)
        fields["language"] = language
        cleaned.append(fields)
    if problems:
        problems.sort(key=lambda problem: problem.row)
        raise ImportRefused(
            _("Nothing was imported: %(count)s problems to correct.") % {"count": len(problems)},
            problems,
        )
    return cleaned


def _audit(user, activities) -> None:
    """One audit entry per activity, as ``audit.record`` writes it, in a few statements:
    one insert per row was a third of the import's time."""
    kind = ContentType.objects.get_for_model(Activity, for_concrete_model=False)
    AuditEntry.objects.bulk_create(
        [
            AuditEntry(
                actor=user,
                action="import",
                content_type=kind,
                object_id=str(activity.pk),
                object_repr=audit.describe(activity),
                changes=audit.mask(Activity, audit.diff({}, audit.snapshot(activity))),
            )
            for activity in activities
        ],
        batch_size=500,
    )


def import_activities(user, call, upload, organisation=None, submit=False) -> int:
    """Create one activity per row of ``upload`` in ``call``; the number created."""
    refuse_unless_open(user, call)
    if (
        organisation is not None
        and not access.organisations_for(user).filter(pk=organisation.pk).exists()
    ):
        raise ImportRefused(_("You do not act for this organisation."))
    cleaned = check_rows(user, call, read_rows(upload), organisation)
    now = timezone.now()
    status = Moderation.SUBMITTED if submit else Moderation.DRAFT
    activities = [
        Activity(
            call=call, submitted_by=user, status=status,
            submitted_at=now if submit else None, **fields,
        )
        for fields in cleaned
    ]  # fmt: skip
    with transaction.atomic():
        Activity.objects.bulk_create(activities, batch_size=500)
        if submit:
            ActivityComment.objects.bulk_create(
                [ActivityComment(activity=a, kind=CommentKind.SUBMITTED, author=user)
                 for a in activities],
                batch_size=500,
            )  # fmt: skip
        _audit(user, activities)
    return len(activities)
