"""Who receives an issued letter, and queueing one delivery per address.

Sending is in ``sending.py``; this module only decides and records.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from plenaria.circulars import tasks
from plenaria.circulars.choices import AddresseeCategory as C
from plenaria.circulars.choices import DeliveryState, LetterStatus
from plenaria.circulars.models import Delivery, Letter
from plenaria.core import audit
from plenaria.directory.models import Contact

# Each addressee category as a condition on the contact's organisation.
CATEGORY_FILTERS = {
    C.MEMBER_STATES: Q(organisation__category="member_state"),
    C.SECTOR_MEMBERS: Q(organisation__category="sector_member"),
    C.SECTOR_MEMBERS_ITU_R: Q(organisation__category="sector_member", organisation__member_itu_r=True),
    C.SECTOR_MEMBERS_ITU_T: Q(organisation__category="sector_member", organisation__member_itu_t=True),
    C.SECTOR_MEMBERS_ITU_D: Q(organisation__category="sector_member", organisation__member_itu_d=True),
    C.ASSOCIATES: Q(organisation__category="associate"),
    C.ACADEMIA: Q(organisation__category="academia"),
    C.REGIONAL_ORGS: Q(organisation__category="regional_org"),
    C.UN_AGENCIES: Q(organisation__category="un_agency"),
    C.WSIS_GOVERNMENTS: Q(organisation__wsis_stakeholder_type="government"),
    C.WSIS_PRIVATE_SECTOR: Q(organisation__wsis_stakeholder_type="private_sector"),
    C.WSIS_CIVIL_SOCIETY: Q(organisation__wsis_stakeholder_type="civil_society"),
    C.WSIS_ACADEMIA_TECHNICAL: Q(organisation__wsis_stakeholder_type="academia_technical"),
    C.WSIS_INTERNATIONAL_ORGS: Q(organisation__wsis_stakeholder_type="international_org"),
}  # fmt: skip


def addressed_contacts(letter: Letter) -> QuerySet[Contact]:
    """Active contacts of active organisations in the letter's categories, regions and
    groupings (with or without an e-mail)."""
    categories = list(letter.addressees.values_list("category", flat=True))
    if not categories:
        return Contact.objects.none()
    condition = Q()
    for category in categories:
        condition |= CATEGORY_FILTERS[category]
    contacts = Contact.objects.filter(condition, is_active=True, organisation__is_active=True)
    if letter.regions:
        contacts = contacts.filter(organisation__country__itu_region__in=letter.regions)
    groupings = list(letter.groupings.values_list("pk", flat=True))
    if groupings:
        contacts = contacts.filter(organisation__country__groupings__in=groupings)
    return contacts.distinct()


@dataclass
class Reach:
    """What the secretariat sees before sending."""

    with_email: int
    without_email: int
    already_queued: int

    @property
    def to_queue(self) -> int:
        return self.with_email - self.already_queued


def reach(letter: Letter, contacts: QuerySet[Contact] | None = None) -> Reach:
    contacts = addressed_contacts(letter) if contacts is None else contacts
    emails = set(contacts.exclude(email="").values_list("email", flat=True))
    queued = set(letter.deliveries.values_list("email", flat=True))
    return Reach(
        with_email=len(emails),
        without_email=contacts.filter(email="").count(),
        already_queued=len(emails & queued),
    )


@dataclass
class Selection:
    """Who a dispatch goes to: addressee categories narrowed by regions and groupings, plus a
    hand-made list of organisations, contacts and e-mail addresses of known contacts."""

    categories: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    groupings: list[int] = field(default_factory=list)
    organisations: list[int] = field(default_factory=list)
    contacts: list[int] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    @classmethod
    def of_letter(cls, letter: Letter) -> "Selection":
        return cls(
            categories=list(letter.addressees.values_list("category", flat=True)),
            regions=list(letter.regions or []),
            groupings=list(letter.groupings.values_list("pk", flat=True)),
        )


def selected_contacts(selection: Selection) -> tuple[QuerySet[Contact], list[str]]:
    """The active contacts a selection reaches, and the pasted addresses no contact has."""
    active = Contact.objects.filter(is_active=True, organisation__is_active=True)
    by_category = Contact.objects.none()
    if selection.categories:
        condition = Q()
        for category in selection.categories:
            condition |= CATEGORY_FILTERS[category]
        by_category = active.filter(condition)
        if selection.regions:
            by_category = by_category.filter(
                organisation__country__itu_region__in=selection.regions
            )
        if selection.groupings:
            by_category = by_category.filter(
                organisation__country__groupings__in=selection.groupings
            )
    emails = {email.strip().lower() for email in selection.emails if email.strip()}
    # E-mail addresses are compared without case, as mail servers do.
    by_email = active.annotate(email_folded=Lower("email")).filter(email_folded__in=emails)
    known = set(by_email.values_list("email_folded", flat=True)) if emails else set()
    by_hand = active.filter(
        Q(organisation__in=selection.organisations)
        | Q(pk__in=selection.contacts)
        | Q(pk__in=by_email.values("pk"))
    )
    chosen = Contact.objects.filter(
        Q(pk__in=by_category.values("pk")) | Q(pk__in=by_hand.values("pk"))
    )
    return chosen, sorted(emails - known)


@transaction.atomic
def queue_dispatch(actor, letter: Letter, selection: Selection | None = None) -> int:
    """One queued delivery per address not yet served; queueing twice adds nobody twice.

    Without a selection, the letter goes to its own addressee categories, regions and
    groupings."""
    letter = Letter.objects.select_for_update().get(pk=letter.pk)
    if letter.status != LetterStatus.ISSUED:
        raise ValidationError(_("Only an issued letter can be sent."), code="not_issued")
    if selection is None:
        if not letter.addressees.exists():
            raise ValidationError(_("The letter has no addressees to send it to."), code="none")
        contacts = addressed_contacts(letter)
    else:
        contacts, _unknown = selected_contacts(selection)
    languages = set(letter.versions.values_list("language", flat=True))
    known = set(letter.deliveries.values_list("email", flat=True))
    new, seen = [], set(known)
    for contact_id, email, preferred in (
        contacts.exclude(email="").order_by("pk").values_list("pk", "email", "preferred_language")
    ):
        if email in seen:
            continue  # two contacts sharing an address get one copy
        seen.add(email)
        new.append(
            Delivery(
                letter=letter,
                contact_id=contact_id,
                email=email,
                language=_language(preferred, languages),
            )
        )
    Delivery.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    audit.record(
        actor, "queue dispatch", letter, {"deliveries": [len(known), len(known) + len(new)]}
    )
    return len(new)


def language_split(letter: Letter, contacts: QuerySet[Contact] | None = None) -> dict[str, int]:
    """How many of the addresses not yet served would receive each language version."""
    contacts = addressed_contacts(letter) if contacts is None else contacts
    available = set(letter.versions.values_list("language", flat=True))
    if not available:
        return {}
    seen = set(letter.deliveries.values_list("email", flat=True))
    split: dict[str, int] = {}
    for email, preferred in (
        contacts.exclude(email="").order_by("pk").values_list("email", "preferred_language")
    ):
        if email not in seen:
            seen.add(email)
            language = _language(preferred, available)
            split[language] = split.get(language, 0) + 1
    return split


def _language(preferred: str, available: set[str]) -> str:
    """The contact's language, else English, else French, else any version."""
    for code in (preferred, "en", "fr"):
        if code in available:
            return code
    return sorted(available)[0]


def progress(letter: Letter) -> dict[str, int]:
    rows = letter.deliveries.order_by().values("state").annotate(n=Count("id"))
    counts = {row["state"]: row["n"] for row in rows}
    return {state: counts.get(state, 0) for state in DeliveryState.values}


def start_dispatch(actor, letter: Letter, selection: Selection | None = None) -> int:
    """Queue the deliveries (as ``queue_dispatch``) and, once they are committed, wake the
    sending task; returns how many were queued."""
    with transaction.atomic():
        queued = queue_dispatch(actor, letter, selection)
        transaction.on_commit(lambda: tasks.send_letter.enqueue(letter.pk))
    return queued
