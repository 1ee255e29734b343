"""What the figures count, said in words on the page and in the PDF: who is young (from each
event's own settings), what participation is, where a country comes from, who heads a
delegation and who speaks."""

from django.utils import formats
from django.utils.translation import gettext as _

from plenaria.reports.membership.places import Places
from plenaria.reports.membership.sums import Sums


def _youth(sums: Sums) -> list[str]:
    """One sentence per age band in use: events may set different bands."""
    bands: dict[tuple, list[str]] = {}
    for event in sums.events:
        found = sums.documents[event.pk]["definitions"]
        band = (found["youth_min_age"], found["youth_max_age"])
        bands.setdefault(band, []).append(f"{event.acronym} ({found['reference_year']})")
    sentences = []
    for (lowest, highest), events in bands.items():
        if lowest is None or highest is None:
            sentences.append(
                _("%(events)s: no registration form, so nobody is counted as young.")
                % {"events": ", ".join(events)}
            )
            continue
        sentences.append(
            _(
                "%(events)s: people aged %(lowest)d to %(highest)d in the year the event opens "
                "(the reference year, in brackets), from the year of birth they gave."
            )
            % {"events": ", ".join(events), "lowest": lowest, "highest": highest}
        )
    return sentences


def definitions(sums: Sums, where: Places | None = None) -> list[tuple[str, str]]:
    found = [
        (
            _("Participation"),
            _(
                "A registration counts unless it was rejected or cancelled: those awaiting "
                "approval, approved, with a confirmed seat or on the waiting list all count."
            ),
        ),
        (
            _("In person and remote"),
            _(
                "In person: registered to attend in person, whether or not the person came. "
                "Remote: registered to follow remotely."
            ),
        ),
        (_("Young people"), " ".join(_youth(sums))),
        (
            _("Women"),
            _(
                "People who gave their gender as woman when they registered; those who gave "
                "another answer or none count in the totals only."
            ),
        ),
        (
            _("Country, ITU region, UN grouping"),
            _(
                "A participant's country is the country of the organisation they registered "
                "for; its ITU region and UN groupings follow from it. People registered without "
                "an organisation, or for one without a country, are counted as not known."
            ),
        ),
        (
            _("Head of delegation"),
            _("A person registered in the capacity of head of delegation."),
        ),
        (
            _("Speakers"),
            _(
                "Registered speakers: people registered in the capacity of speaker. Speakers in "
                "the programme: the people named as speakers of the event's sessions, each "
                "counted once per event, with the gender and country recorded in the programme; "
                "the high-level segment is made of the sessions of a high-level type."
            ),
        ),
    ]
    if where is not None:
        sources = [
            f"{grouping.code}: {grouping.source or _('source not recorded')}"
            + (f" ({formats.date_format(grouping.as_of)})" if grouping.as_of else "")
            for grouping in where.groupings
        ]
        found.append((_("Lists of the UN groupings"), "; ".join(sources)))
    return found
