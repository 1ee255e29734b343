"""The coalition's vocabularies as the public pages read them: codes for the filters, names
for the figures, in four small queries per request (they are a few dozen rows)."""

from dataclasses import dataclass

from plenaria.contributions.models import BeneficiaryGroup, FocusArea, Pillar, Sdg


@dataclass(frozen=True)
class Term:
    pk: int
    code: str
    name: object  # TranslatedText: read in the reader's language when shown


@dataclass
class Vocabularies:
    focus_area: list[Term]
    pillar: list[Term]
    beneficiary: list[Term]
    sdg: list[Term]

    def codes(self, name: str) -> set[str]:
        return {term.code for term in getattr(self, name)}


def load() -> Vocabularies:
    def terms(model) -> list[Term]:
        return [
            Term(pk, code, name)
            for pk, code, name in model.objects.values_list("pk", "code", "name")
        ]

    sdgs = [
        Term(number, str(number), name)
        for number, name in Sdg.objects.values_list("number", "name")
    ]
    return Vocabularies(terms(FocusArea), terms(Pillar), terms(BeneficiaryGroup), sdgs)
