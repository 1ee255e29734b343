"""What a pledger sends, checked as a whole: every refusal is gathered and named by field,
so that one answer tells them all that is wrong; nothing is saved until all is right.

Related rows (focus areas, countries, partners…) may be given as rows or as their keys, so
the pages and the API send the same data."""

import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.models import BeneficiaryGroup, Campaign, FocusArea, Pillar, Sdg
from plenaria.contributions.pledges.money import to_usd
from plenaria.core.translation import TranslatedText
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country, Organisation

# Each related field, and its refusal of a key that names no row.
RELATIONS = {
    "focus_areas": FocusArea,
    "pillars": Pillar,
    "beneficiaries": BeneficiaryGroup,
    "sdgs": Sdg,
    "countries": Country,
    "partners": Organisation,
}
UNKNOWN = {
    "focus_areas": gettext_lazy("Choose focus areas among those listed."),
    "pillars": gettext_lazy("Choose pillars among those listed."),
    "beneficiaries": gettext_lazy("Choose beneficiary groups among those listed."),
    "sdgs": gettext_lazy("Choose goals among the 17 Sustainable Development Goals."),
    "countries": gettext_lazy("%(keys)s: no such country. Choose countries among those listed."),
    "partners": gettext_lazy("Choose partners among the organisations listed."),
}


def _rows(name, values, errors) -> list:
    keys = {getattr(value, "pk", value) for value in values or []}
    queryset = RELATIONS[name].objects.all()
    if name == "partners":
        queryset = queryset.filter(is_active=True)
    try:
        found = list(queryset.filter(pk__in=keys))
    except (ValueError, TypeError, OverflowError):  # a key that cannot be one: none found
        found = []
    missing = keys - {row.pk for row in found}
    if missing:
        names = ", ".join(sorted(str(key)[:20] for key in missing)[:5])
        message = str(UNKNOWN[name])
        errors[name] = message % {"keys": names} if "%(keys)s" in message else message
    return found


def _date(data, name, errors):
    value = data.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        errors[name] = _("Give the date as year-month-day, e.g. 2024-06-30.")
        return None


def _amount(data, errors):
    value = data.get("amount")
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        errors["amount"] = _("Give the estimated value as a number, e.g. 250000.")
        return None
    if not amount.is_finite():
        errors["amount"] = _("Give the estimated value as a number, e.g. 250000.")
        return None
    return amount


def _text(data, name, errors, message):
    text = TranslatedText(data.get(name) or {})
    if not text:
        errors[name] = message
    return text


def clean_pledge(data: dict, organisation) -> tuple[dict, dict]:
    """``(fields, relations)`` ready to set on a pledge of ``organisation``, or a
    ValidationError naming every field that is wrong."""
    errors: dict = {}
    fields = {
        "title": _text(data, "title", errors, _("Give the pledge a title.")),
        "description": _text(data, "description", errors, _("Describe the pledge.")),
        "pledge_type": data.get("pledge_type") or "",
        "is_global": bool(data.get("is_global")),
        "regions": sorted({str(region) for region in data.get("regions") or []}),
        "contact_name": (data.get("contact_name") or "").strip(),
        "contact_email": (data.get("contact_email") or "").strip(),
        "starts_on": _date(data, "starts_on", errors),
        "target_on": _date(data, "target_on", errors),
        "campaign": None,
    }
    if fields["pledge_type"] not in PledgeType.values:
        errors["pledge_type"] = _("Choose the type of the pledge.")
    relations = {name: _rows(name, data.get(name), errors) for name in RELATIONS}
    if not relations["focus_areas"] and "focus_areas" not in errors:
        errors["focus_areas"] = _("Choose at least one focus area.")
    areas = {area.pk for area in relations["focus_areas"]}
    if any(pillar.focus_area_id not in areas for pillar in relations["pillars"]):
        errors["pillars"] = _("Choose pillars of the focus areas you chose.")
    if set(fields["regions"]) - set(ItuRegion.values):
        errors["regions"] = _("Choose regions among the ITU regions listed.")
    if not (relations["countries"] or fields["regions"] or fields["is_global"]):
        errors.setdefault(
            "countries",
            _("Name at least one country or region of implementation, or tick “global”."),
        )
    if any(partner.pk == getattr(organisation, "pk", None) for partner in relations["partners"]):
        errors["partners"] = _("An organisation is not its own partner.")
    starts_on, target_on = fields["starts_on"], fields["target_on"]
    if starts_on is None:
        errors.setdefault("starts_on", _("Give the date the pledge starts."))
    elif target_on is not None and target_on < starts_on:
        errors["target_on"] = _("The target date cannot come before the start.")
    campaign = data.get("campaign")
    if campaign not in (None, ""):
        try:
            fields["campaign"] = Campaign.objects.filter(
                pk=getattr(campaign, "pk", campaign)
            ).first()
        except (ValueError, TypeError, OverflowError):  # not a number
            fields["campaign"] = None
        if fields["campaign"] is None:
            errors["campaign"] = _("Choose a campaign among those listed.")
    _money(data, fields, starts_on, errors)
    language = data.get("language")
    if language in dict(settings.LANGUAGES):
        fields["language"] = language
    if errors:
        raise ValidationError(errors)
    return fields, relations


def _money(data, fields, starts_on, errors) -> None:
    """The value, its currency and its worth in US dollars at the start year's rate."""
    amount = _amount(data, errors)
    currency = (data.get("currency") or "").strip().upper()
    fields.update(amount=amount, currency=currency if amount is not None else "", amount_usd=None)
    if amount is None or "amount" in errors:
        return
    if not currency:
        errors["currency"] = _("Give the currency of the estimated value, e.g. USD or EUR.")
        return
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = _("Give the currency as its three-letter code, e.g. USD or EUR.")
        return
    if starts_on is None:
        return
    try:
        fields["amount_usd"] = to_usd(amount, currency, starts_on.year)
    except ValidationError as error:
        errors.update({name: messages[0] for name, messages in error.message_dict.items()})
