"""The raw figures (``figures.count``) named in the reader's language, as rows of
{key, label, count, value_usd, share}; ``Figures.as_data()`` is their plain form for the
API, the PDF and the exports."""

import datetime
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.models import Campaign
from plenaria.directory.choices import ItuRegion, StakeholderType

ZERO = Decimal("0.00")
TENTH = Decimal("0.1")
WOMEN = "women_girls"


@dataclass
class Row:
    key: str | None  # the filter's value, None for "not stated"
    label: str
    count: int
    value_usd: Decimal
    share: Decimal  # per cent of all the pledges counted


@dataclass
class Breakdown:
    name: str  # the filter this breakdown's rows link to
    title: str
    rows: list[Row]
    several: bool = False  # a pledge may count in several rows

    @property
    def most(self) -> int:
        return max((row.count for row in self.rows), default=0)


@dataclass
class Figures:
    pledges: int
    value_usd: Decimal
    entities: int
    pledger_countries: int
    implementation_countries: int
    ldc: Row
    women: Row
    breakdowns: list[Breakdown] = field(default_factory=list)
    as_of: datetime.date | None = None
    # Names these figures while every published pledge stays as it is (pages keep their
    # rendering under it); empty for a filtered set.
    signature: str = ""

    def breakdown(self, name: str) -> Breakdown:
        return next(found for found in self.breakdowns if found.name == name)

    def as_data(self) -> dict:
        """Plain numbers and text (values as strings, to keep every cent)."""

        def plain(value):
            if isinstance(value, dict):
                return {key: plain(item) for key, item in value.items()}
            if isinstance(value, list):
                return [plain(item) for item in value]
            if isinstance(value, Decimal | datetime.date):
                return str(value)
            return value

        return plain(asdict(self))


def cents(value) -> Decimal:
    """A sum in US dollars to the cent, whatever the database gave (or none)."""
    return Decimal(value or 0).quantize(ZERO, rounding=ROUND_HALF_UP)


def share(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal("0.0")
    return (Decimal(part * 100) / whole).quantize(TENTH, rounding=ROUND_HALF_UP)


def label(raw: dict, vocab, as_of=None) -> Figures:
    totals = raw["totals"]
    whole = totals["pledges"]

    def rows(name: str, names: list[tuple], keep_empty=True, unnamed=None) -> list[Row]:
        """``names``: (stored key, filter value, label) in the order to show."""
        counted = {key: (n, cents(value)) for key, n, value in raw[name]}
        made = []
        for stored, key, text in names:
            n, value = counted.pop(stored, (0, ZERO))
            if n or keep_empty:
                made.append(Row(key, str(text), n, value, share(n, whole)))
        for n, value in counted.values():  # what no name was found for
            made.append(Row(None, str(unnamed or _("Not stated")), n, value, share(n, whole)))
        return made

    def terms(name: str) -> list[tuple]:
        return [(t.pk, t.code, t.name.in_language()) for t in getattr(vocab, name)]

    regions = [(code, code, text) for code, text in ItuRegion.choices]
    sdgs = rows("sdg", [(t.pk, t.code, f"{t.code}. {t.name.in_language()}") for t in vocab.sdg])
    campaigns = Campaign.objects.filter(pk__in=[key for key, *_rest in raw["campaign"] if key])
    named_campaigns = [
        (pk, slug, title.in_language())
        for pk, slug, title in campaigns.values_list("pk", "slug", "title")
    ]
    years = sorted(year for year, *_rest in raw["year"] if year)
    made = [
        Breakdown("focus_area", _("Focus area"), rows("focus_area", terms("focus_area")), True),
        Breakdown("pillar", _("Pillar"), rows("pillar", terms("pillar")), True),
        Breakdown(
            "type", _("Type of pledge"), rows("type", [(c, c, t) for c, t in PledgeType.choices])
        ),
        Breakdown(
            "stakeholder",
            _("Stakeholder type of the pledger"),
            rows("stakeholder", [(c, c, t) for c, t in StakeholderType.choices]),
        ),
        Breakdown("pledger_region", _("Region of the pledger"), rows("pledger_region", regions)),
        Breakdown("region", _("Region of implementation"), rows("region", regions), True),
        Breakdown(
            "grouping",
            _("Groups of countries targeted"),
            rows(
                "grouping",
                [
                    ("LDC", "LDC", _("Least developed countries (LDC)")),
                    ("LLDC", "LLDC", _("Landlocked developing countries (LLDC)")),
                    ("SIDS", "SIDS", _("Small island developing States (SIDS)")),
                ],
            ),
            True,
        ),
        Breakdown(
            "beneficiary", _("Beneficiary group"), rows("beneficiary", terms("beneficiary")), True
        ),
        Breakdown(
            "sdg",
            _("Sustainable Development Goal"),
            sorted(
                (row for row in sdgs if row.count), key=lambda row: (-row.count, int(row.key or 0))
            ),
            True,
        ),
        Breakdown(
            "year", _("Year of start"), rows("year", [(y, str(y), str(y)) for y in years], False)
        ),
        Breakdown(
            "campaign",
            _("Campaign"),
            rows("campaign", sorted(named_campaigns, key=lambda c: c[2]), False, _("No campaign")),
        ),
    ]
    ldc = made[6].rows[0]
    women = next(
        (row for row in made[7].rows if row.key == WOMEN), Row(WOMEN, "", 0, ZERO, share(0, whole))
    )
    return Figures(
        pledges=whole,
        value_usd=cents(totals["value_usd"]),
        entities=totals["entities"],
        pledger_countries=totals["pledger_countries"],
        implementation_countries=totals["implementation_countries"],
        ldc=ldc,
        women=women,
        breakdowns=made,
        as_of=as_of,
        signature=raw.get("signature", ""),
    )
