"""From what a letter states to the initial values of its draft circular letter.

The office and the numbering series are matched against those Plenaria holds; when none
matches, the reviewer chooses. Nothing else is guessed.
"""

import re

from django.conf import settings

from plenaria.circulars.choices import AddresseeCategory
from plenaria.circulars.models import IssuingOffice, NumberingSeries
from plenaria.intake.extraction import LetterExtraction
from plenaria.intake.proposal import value

# The extractor's addressee codes → the circulars' categories; "other" (observers, chairs…)
# has no category and is left to the reviewer.
CATEGORIES = {
    "member_state": AddresseeCategory.MEMBER_STATES,
    "sector_member": AddresseeCategory.SECTOR_MEMBERS,
    "sector_member:ITU-R": AddresseeCategory.SECTOR_MEMBERS_ITU_R,
    "sector_member:ITU-T": AddresseeCategory.SECTOR_MEMBERS_ITU_T,
    "sector_member:ITU-D": AddresseeCategory.SECTOR_MEMBERS_ITU_D,
    "associate": AddresseeCategory.ASSOCIATES,
    "academia": AddresseeCategory.ACADEMIA,
    "regional_org": AddresseeCategory.REGIONAL_ORGS,
    "un_agency": AddresseeCategory.UN_AGENCIES,
    "government": AddresseeCategory.WSIS_GOVERNMENTS,
    "private_sector": AddresseeCategory.WSIS_PRIVATE_SECTOR,
    "civil_society": AddresseeCategory.WSIS_CIVIL_SOCIETY,
    "academia_technical": AddresseeCategory.WSIS_ACADEMIA_TECHNICAL,
    "international_org": AddresseeCategory.WSIS_INTERNATIONAL_ORGS,
}

# The extractor's relations → the circulars' kinds; a letter that cancels another replaces it
# in the archive as one that supersedes it does. "mentions" is no relation.
RELATION_KINDS = {
    "follows": "follows",
    "complements": "complements",
    "amends": "amends",
    "supersedes": "supersedes",
    "cancels": "supersedes",
}


def addressee_categories(extraction: LetterExtraction) -> list[str]:
    codes = []
    for found in extraction.addressees:
        code = found.value["code"]
        sector = found.value.get("sector")
        category = CATEGORIES.get(f"{code}:{sector}" if sector else code)
        if category and category not in codes:
            codes.append(category)
    return codes


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def matching_office(extraction: LetterExtraction) -> IssuingOffice | None:
    """The office whose code, or name in any language, is the one the letter is from."""
    office = value(extraction.office)
    if not office:
        return None
    names = {_folded(office.get(key) or "") for key in ("code", "name", "name_en")} - {""}
    for candidate in IssuingOffice.objects.all():
        known = {_folded(candidate.code)} | {_folded(n) for n in (candidate.name or {}).values()}
        # "Secrétariat général (SG)" as printed, or "Secrétariat général" as read
        known |= {re.sub(r"\s*\([^)]*\)$", "", name) for name in known}
        if names & known:
            return candidate
    return None


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A series' pattern as a regular expression: "CL-{yy}/{n}" matches "CL-21/20"."""
    pieces = re.split(r"(\{[^{}]*\})", pattern)
    holes = {"{yy}": r"\d{2}", "{yyyy}": r"\d{4}"}
    regex = "".join(
        holes.get(piece, r"\d{1,6}") if piece.startswith("{") else re.escape(piece)
        for piece in pieces
    )
    return re.compile(regex.replace(r"\ ", r"\s+"), re.IGNORECASE)


def matching_series(reference: str | None, office: IssuingOffice | None) -> NumberingSeries | None:
    """The one series whose pattern the reference has (within the office when it is known)."""
    if not reference:
        return None
    candidates = NumberingSeries.objects.select_related("office")
    if office is not None:
        candidates = candidates.filter(office=office)
    found = [s for s in candidates if pattern_regex(s.pattern).fullmatch(reference.strip())]
    return found[0] if len(found) == 1 else None


def letter_initial(extraction: LetterExtraction) -> dict:
    reference = value(extraction.reference)
    office = matching_office(extraction)
    series = matching_series(reference, office)
    if office is None and series is not None:
        office = series.office
    languages = dict(settings.LANGUAGES)
    initial = {
        "office": office.pk if office else None,
        "series": series.pk if series else None,
        "language": extraction.language if extraction.language in languages else None,
        "reference": reference or "",
        "date": value(extraction.date),
        "subject": (value(extraction.subject) or "")[:500],
        "salutation": (value(extraction.salutation) or "")[:120],
        "contact_name": value(extraction.contact_name) or "",
        "contact_phone": value(extraction.phone) or "",
        "contact_fax": value(extraction.fax) or "",
        "contact_email": value(extraction.email) or "",
        "addressees": addressee_categories(extraction),
    }
    return {key: item for key, item in initial.items() if item not in (None, "", [])}
