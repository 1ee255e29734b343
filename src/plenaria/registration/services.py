"""Every change to registrations: validated, logged, and — for seats — never overbooked.

Whatever changes who holds a seat (admitting, cancelling, changing mode, changing capacity)
locks the event's settings row, counts the seats, and stores the count on that row
(``in_person_taken``, ``remote_taken``), so two requests can never both take the last seat.
A new registration, the busy path, takes a seat with one conditional UPDATE of that count, or
joins the waiting list without any lock; see ``_seat_new`` and ``_offer_free_places`` for why
no place freed meanwhile is ever left empty while someone waits.

A registration from the public proves its address: it holds its place only until
``confirm_by``, and the first opening of the private link mailed to it confirms it
(``confirmation.confirm_address``); ``confirmation.lapse_unconfirmed`` cancels the rest and
offers their places, through the seat services here.
"""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from plenaria.core import audit, rows
from plenaria.core.services import save_validated
from plenaria.events.models import Event
from plenaria.registration import rules
from plenaria.registration.choices import ACTIVE_STATUSES, ADMITTED, Mode, NotificationKind, Status
from plenaria.registration.models import Notification, Registration, RegistrationSettings
from plenaria.registration.wake import wake_sender

NOTIFY = {
    Status.PENDING: NotificationKind.RECEIVED,
    Status.APPROVED: NotificationKind.APPROVED,
    Status.SEATED: NotificationKind.SEATED,
    Status.WAITING: NotificationKind.WAITING,
    Status.REJECTED: NotificationKind.REJECTED,
    Status.CANCELLED: NotificationKind.CANCELLED,
}
# The columns of RegistrationSettings holding each mode's places taken and its limit.
TAKEN = {Mode.IN_PERSON: "in_person_taken", Mode.REMOTE: "remote_taken"}
LIMIT = {Mode.IN_PERSON: "in_person_capacity", Mode.REMOTE: "remote_capacity"}


def configure(actor, event, **values) -> RegistrationSettings:
    """Create or change an event's registration settings; more places admit the waiting."""
    with transaction.atomic():
        current = RegistrationSettings.objects.select_for_update().filter(event=event).first()
        if current is None:
            current = RegistrationSettings(event=event)
            if values.get("in_person_capacity") is None and event.room_id:
                values = {**values, "in_person_capacity": event.room.capacity}
        for name, value in values.items():
            setattr(current, name, value)
        save_validated(actor, current)
        for mode in Mode.values:
            _fill_free_places(actor, current, mode)
        _store_counts(current, actor)
    return current


def settings_for(event) -> RegistrationSettings | None:
    return RegistrationSettings.objects.filter(event=event).select_related("event").first()


def public_settings(slug: str, statuses) -> RegistrationSettings | None:
    """The settings, with their event, of the event ``slug`` if its status is in ``statuses``:
    one plain query, as every post of the public form reads it (see ``core.rows``)."""
    statuses = list(statuses)
    sql = (
        f"SELECT {rows.columns(RegistrationSettings, 's')}, {rows.columns(Event, 'e')}"
        f" FROM {RegistrationSettings._meta.db_table} s"
        f" JOIN {Event._meta.db_table} e ON e.id = s.event_id"
        f" WHERE e.slug = %s AND e.status IN ({', '.join(['%s'] * len(statuses))})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [slug, *statuses])
        row = cursor.fetchone()
    if row is None:
        return None
    split = rows.width(RegistrationSettings)
    conf = rows.instance(RegistrationSettings, row[:split])
    conf.event = rows.instance(Event, row[split:])
    return conf


def _locked_settings(event_id) -> RegistrationSettings:
    found = (
        RegistrationSettings.objects.select_for_update(of=("self",))
        .select_related("event")
        .filter(event_id=event_id)
        .first()
    )
    if found is None:
        raise ValidationError(_("This event does not take registrations."))
    return found


@contextmanager
def _seat_lock(actor, event_id):
    """Lock the event's settings for a change of seats; store the places taken after it."""
    conf = _locked_settings(event_id)
    yield conf
    _store_counts(conf, actor)


def _store_counts(conf, actor=None) -> None:
    """Count the places taken from the registrations themselves. Lock held."""
    counts = {TAKEN[mode]: _admitted_count(conf, mode) for mode in Mode.values}
    RegistrationSettings.objects.filter(pk=conf.pk).update(**counts)
    for name, value in counts.items():
        setattr(conf, name, value)
    for mode in Mode.values:
        _offer_free_places_after_commit(actor, conf.event_id, mode)


def _offer_free_places_after_commit(actor, event_id, mode) -> None:
    transaction.on_commit(lambda: _offer_free_places(actor, event_id, mode), robust=True)


def _offer_free_places(actor, event_id, mode) -> None:
    """Once committed, promote the waiting if a place is free in ``mode``.

    A new registration joins the waiting list without the event's lock, so a change that
    frees a place under the lock may not see it yet. Both check again after their own commit:
    whichever commits last sees the other's commit, so a free place never stays empty while
    someone waits. When the event is full, as in a rush, this costs one read.
    """
    with connection.cursor() as cursor:  # plain SQL: a rush runs it for each on the list
        cursor.execute(
            f"SELECT {TAKEN[mode]}, {LIMIT[mode]} FROM {RegistrationSettings._meta.db_table}"
            " WHERE event_id = %s",
            [event_id],
        )
        taken, limit = cursor.fetchone()
    if limit is None or taken >= limit:
        return
    waiting = _holding(
        Registration.objects.filter(event_id=event_id, mode=mode, status=Status.WAITING)
    )
    if waiting.exists():
        with transaction.atomic(), _seat_lock(actor, event_id) as conf:
            _fill_free_places(actor, conf, mode)


def _check_choices(conf, registration, now, previous=None) -> None:
    """What the event's settings allow; ``previous`` is the registration before a change."""
    errors = {}
    if registration.mode not in conf.allowed_modes:
        errors["mode"] = _("This event cannot be attended that way.")
    language = registration.interpretation_language
    if language and (previous is None or previous.interpretation_language != language):
        if language not in conf.interpretation_languages:
            errors["interpretation_language"] = _("Interpretation is not offered in this language.")
        elif not conf.interpretation_open(now):
            errors["interpretation_language"] = _(
                "The deadline for interpretation requests (%(date)s) has passed."
            ) % {"date": date_format(conf.interpretation_deadline)}
    if registration.visa_requested and not conf.visa_letters_offered:
        errors["visa_requested"] = _("Visa support letters are not offered for this event.")
    organisation = registration.organisation
    if organisation is not None and not organisation.is_active:
        errors["organisation"] = _("This organisation is not in the directory.")
    if errors:
        raise ValidationError(errors)


def _set_status(actor, registration, status, kind=None, action=None) -> None:
    """Change the status (a new registration gets its first), log it, and record its one
    notification."""
    registration.status = status
    registration.status_changes += 1
    registration.waiting_since = timezone.now() if status == Status.WAITING else None
    default_action = "create" if registration.pk is None else f"status → {status}"
    save_validated(actor, registration, action=action or default_action)
    _record_notification(registration, kind or NOTIFY[status])


def _record_notification(registration, kind) -> None:
    Notification.objects.create(
        registration=registration,
        sequence=registration.status_changes,
        kind=kind,
        language=registration.language,
    )
    transaction.on_commit(wake_sender)


def _seat_new(actor, conf, registration, quick_commit) -> None:
    """Insert a new registration with its place: a seat if one is free, else the waiting list.

    A seat is taken first, by a conditional UPDATE that locks the settings row until commit;
    then three inserts — the registration, its audit entry (one, holding its first status)
    and its notification — and the commit. The waiting list takes no lock: once committed,
    the registration looks for a free place (``_offer_free_places``). Validation comes
    before; a second registration of the same e-mail fails on the unique constraint and
    rolls everything back.
    """
    registration.full_clean(exclude=["event"], validate_constraints=False)
    mode = registration.mode
    free = _take_place(conf, mode)
    if free and quick_commit:
        _commit_without_waiting_for_disk()
    registration.status = ADMITTED[mode] if free else Status.WAITING
    registration.status_changes = 1
    registration.waiting_since = None if free else timezone.now()
    registration.save(force_insert=True)
    audit.record(actor, "create", registration, audit.diff({}, audit.snapshot(registration)))
    _record_notification(registration, NOTIFY[registration.status])
    if not free:
        _offer_free_places_after_commit(actor, conf.event_id, mode)


def _insert_pending(actor, registration) -> None:
    """Insert a new registration awaiting approval; a second one of the same address fails on
    the unique constraint, as in ``_seat_new``."""
    registration.full_clean(exclude=["event"], validate_constraints=False)
    registration.status = Status.PENDING
    registration.status_changes = 1
    registration.waiting_since = None
    registration.save(force_insert=True)
    audit.record(actor, "create", registration, audit.diff({}, audit.snapshot(registration)))
    _record_notification(registration, NOTIFY[Status.PENDING])


def _take_place(conf, mode) -> bool:
    """Take a place in ``mode`` if one is free. Full when the settings were read: no statement
    at all, as a place freed since is offered after commit anyway."""
    taken, limit = TAKEN[mode], LIMIT[mode]
    if getattr(conf, limit) is not None and getattr(conf, taken) >= getattr(conf, limit):
        return False
    free = Q(**{f"{limit}__isnull": True}) | Q(**{f"{taken}__lt": F(limit)})
    settings_row = RegistrationSettings.objects.filter(pk=conf.pk)
    return bool(settings_row.filter(free).update(**{taken: F(taken) + 1}))


def _commit_without_waiting_for_disk() -> None:
    """PostgreSQL: let this transaction's commit release the event's lock (taken with its
    seat) at once instead of after the disk has written it; ``_wait_for_disk`` follows before
    anyone is told."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _wait_for_disk() -> None:
    """Commit a statement that takes a transaction identifier: PostgreSQL then waits until
    its log is on disk up to that commit, so every earlier commit is durable too."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_xact_id()")  # outside any block: commits at once


def _admitted_count(conf, mode) -> int:
    return Registration.objects.filter(
        event_id=conf.event_id, mode=mode, status=ADMITTED[mode]
    ).count()


def _admit(actor, conf, registration) -> None:
    """Give a place in the registration's mode, or a turn on the waiting list. Lock held."""
    limit = conf.capacity_for(registration.mode)
    if limit is None or _admitted_count(conf, registration.mode) < limit:
        _set_status(actor, registration, ADMITTED[registration.mode])
    else:
        _set_status(actor, registration, Status.WAITING)


def _holding(registrations, now=None):
    """Those still holding their place: address confirmed, or its deadline not yet past."""
    now = now or timezone.now()
    return registrations.filter(
        Q(confirmed_at__isnull=False) | Q(confirm_by__isnull=True) | Q(confirm_by__gt=now)
    )


def _lapsed(registration, now=None) -> bool:
    now = now or timezone.now()
    return (
        registration.confirmed_at is None
        and registration.confirm_by is not None
        and registration.confirm_by <= now
    )


def _fill_free_places(actor, conf, mode) -> None:
    """Promote the waiting, first come first served, while places are free; a turn whose
    address was not confirmed in time is passed over (it lapses). Lock held."""
    limit = conf.capacity_for(mode)
    waiting = _holding(
        Registration.objects.filter(event_id=conf.event_id, mode=mode, status=Status.WAITING)
    ).order_by("waiting_since", "id")
    free = None if limit is None else limit - _admitted_count(conf, mode)
    for registration in waiting if free is None else waiting[: max(free, 0)]:
        _set_status(actor, registration, ADMITTED[mode], NotificationKind.PROMOTED, "promoted")


def register(
    actor, registration: Registration, *, direct=False, now=None, conf=None, confirm_within=None
) -> Registration:
    """Take a new registration. ``direct``: a focal point registering their own delegate,
    approved at once, its address taken as confirmed. Otherwise approval is asked where the
    settings require it. ``confirm_within``: how long the place is held until the address is
    confirmed (the public's registrations, see ``submit``). ``conf``: the event's settings,
    if the caller has just read them. A second registration of an address refuses with the
    code ``duplicate`` on ``email``."""
    now = now or timezone.now()
    conf = conf or settings_for(registration.event)
    if conf is None:
        raise ValidationError(_("This event does not take registrations."))
    registration.event = conf.event
    if direct and not rules.may_act_as_focal_point(actor, conf, now):
        raise ValidationError(_("Delegates can be registered only while registration is open."))
    if direct and not rules.may_manage(actor, registration):
        raise ValidationError(_("You may register delegates only for your own organisation."))
    if not direct and not conf.is_open(now):
        raise ValidationError(_("Registration for this event is closed."))
    _check_choices(conf, registration, now)
    registration.email = (registration.email or "").strip().lower()
    registration.registered_by = actor if actor and actor.is_authenticated else None
    if direct:
        registration.confirmed_at = now
    elif confirm_within is not None:
        registration.confirm_by = now + confirm_within
    # Only a transaction of its own may skip waiting for the disk (see _wait_for_disk).
    quick_commit = connection.vendor == "postgresql" and not connection.in_atomic_block
    try:
        with transaction.atomic():
            if not direct and conf.needs_approval(registration.organisation):
                _insert_pending(actor, registration)
            else:
                _seat_new(actor, conf, registration, quick_commit)
    except IntegrityError:
        # The address is registered already: the unique constraint let only one through.
        registration.pk = None
        if direct and _release_unconfirmed(actor, conf, registration.email):
            # Anyone may have typed the delegate's address into the public form; the focal
            # point's registration replaces one nobody has confirmed.
            return register(actor, registration, direct=True, now=now, conf=conf)
        raise ValidationError(
            {
                "email": ValidationError(
                    _("This e-mail address is already registered for this event."),
                    code="duplicate",
                )
            }
        ) from None
    if quick_commit and registration.status in ADMITTED.values():
        _wait_for_disk()
    return registration


def _release_unconfirmed(actor, conf, email) -> bool:
    """Cancel the event's registration of ``email`` if it came from the public and its
    address was never confirmed; True if one was cancelled."""
    with transaction.atomic(), _seat_lock(actor, conf.event_id) as locked:
        found = (
            Registration.objects.select_for_update(of=("self",))
            .filter(event_id=conf.event_id, email=email, confirmed_at__isnull=True)
            .filter(confirm_by__isnull=False, status__in=ACTIVE_STATUSES)
            .first()
        )
        if found is None:
            return False
        _set_status(actor, found, Status.CANCELLED, action="replaced: registered by a focal point")
        _fill_free_places(actor, locked, found.mode)
    return True


def decide(
    actor, registration: Registration, *, approve: bool, reason: str = "", now=None
) -> Registration:
    """A focal point (or the secretariat) approves or rejects a pending registration; a
    focal point only while the event's registration is open (``rules.focal_window``)."""
    with transaction.atomic(), _seat_lock(actor, registration.event_id) as conf:
        registration = Registration.objects.select_related("organisation").get(pk=registration.pk)
        if not rules.may_manage(actor, registration):
            raise ValidationError(
                _("You may act only on the registrations of your own organisation.")
            )
        if not rules.may_act_as_focal_point(actor, conf, now):
            raise ValidationError(
                _("Focal points decide only while the event's registration is open.")
            )
        if registration.status != Status.PENDING:
            raise ValidationError(_("This registration is no longer awaiting a decision."))
        if _lapsed(registration):
            raise ValidationError(
                _("This registration has lapsed: its address was not confirmed in time.")
            )
        if approve:
            _admit(actor, conf, registration)
        else:
            if not reason.strip():
                raise ValidationError({"rejection_reason": _("Give the reason for the rejection.")})
            registration.rejection_reason = reason.strip()
            _set_status(actor, registration, Status.REJECTED)
    return registration


def decide_many(actor, registrations, *, approve: bool, reason: str = "") -> int:
    """All or nothing: one registration the actor may not decide refuses the whole batch."""
    with transaction.atomic():
        for registration in registrations:
            decide(actor, registration, approve=approve, reason=reason)
    return len(registrations)


def change(
    actor, registration: Registration, *, mode: str, interpretation_language: str, now=None
) -> Registration:
    """The registrant changes how they attend or the interpretation they want."""
    now = now or timezone.now()
    with transaction.atomic(), _seat_lock(actor, registration.event_id) as conf:
        previous = Registration.objects.get(pk=registration.pk)
        if previous.status in (Status.CANCELLED, Status.REJECTED):
            raise ValidationError(_("This registration can no longer be changed."))
        if not conf.is_open(now):
            raise ValidationError(_("Registration for this event is closed."))
        registration = Registration.objects.select_related("organisation").get(pk=previous.pk)
        registration.mode, registration.interpretation_language = mode, interpretation_language
        _check_choices(conf, registration, now, previous)
        save_validated(actor, registration)
        if mode != previous.mode and previous.status != Status.PENDING:
            _admit(actor, conf, registration)
            _fill_free_places(actor, conf, previous.mode)
    return registration


def cancel(actor, registration: Registration) -> Registration:
    """Cancel; a place freed goes at once to the first person waiting."""
    with transaction.atomic(), _seat_lock(actor, registration.event_id) as conf:
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status in (Status.CANCELLED, Status.REJECTED):
            raise ValidationError(_("This registration is already closed."))
        _set_status(actor, registration, Status.CANCELLED)
        _fill_free_places(actor, conf, registration.mode)
    return registration
