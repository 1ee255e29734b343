"""The choices of the public filter form (a GET form of checkboxes and selects that works
without JavaScript), each marked as chosen or not from what the filters kept."""

from dataclasses import dataclass

from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django_countries import countries

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.models import Campaign
from plenaria.directory.choices import ItuRegion, StakeholderType


@dataclass
class Option:
    value: str
    label: str
    chosen: bool


@dataclass
class Group:
    name: str
    legend: str
    options: list[Option]
    select: bool = False  # a long list: a select rather than checkboxes

    @property
    def options_html(self) -> str:
        """A select's options, made here: some 250 countries through the template's loop
        took a good part of the page's time."""
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((o.value, " selected" if o.chosen else "", o.label) for o in self.options),
        )

    @property
    def checkboxes_html(self) -> str:
        return format_html_join(
            "\n",
            '<label><input type="checkbox" name="{}" value="{}"{}> {}</label>',
            ((self.name, o.value, " checked" if o.chosen else "", o.label) for o in self.options),
        )


def filter_groups(vocab, chosen: dict[str, list[str]]) -> list[Group]:
    def group(name, legend, pairs, select=False) -> Group:
        picked = set(chosen.get(name, []))
        options = [Option(str(value), str(label), str(value) in picked) for value, label in pairs]
        return Group(name, legend, options, select)

    def terms(name):
        return [(term.code, term.name.in_language()) for term in getattr(vocab, name)]

    groupings = [
        ("LDC", _("Least developed countries (LDC)")),
        ("LLDC", _("Landlocked developing countries (LLDC)")),
        ("SIDS", _("Small island developing States (SIDS)")),
    ]
    sdgs = [(term.code, f"{term.code}. {term.name.in_language()}") for term in vocab.sdg]
    campaigns = [
        (slug, title.in_language()) for slug, title in Campaign.objects.values_list("slug", "title")
    ]
    return [
        group("focus_area", _("Focus area"), terms("focus_area")),
        group("type", _("Type of pledge"), PledgeType.choices),
        group("grouping", _("Groups of countries targeted"), groupings),
        group("region", _("Region of implementation"), ItuRegion.choices),
        group("pledger_region", _("Region of the pledger"), ItuRegion.choices),
        group("stakeholder", _("Stakeholder type of the pledger"), StakeholderType.choices),
        group("beneficiary", _("Beneficiary group"), terms("beneficiary")),
        group("pillar", _("Pillar"), terms("pillar"), select=True),
        group("sdg", _("Sustainable Development Goal"), sdgs, select=True),
        group("campaign", _("Campaign"), campaigns, select=True),
        group("country", _("Country of implementation"), list(countries), select=True),
    ]
