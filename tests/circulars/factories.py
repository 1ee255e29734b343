"""Factories for letters: a complete draft, ready to issue, in French and English."""

import factory

from plenaria.circulars.models import (
    Addressee,
    Annex,
    IssuingOffice,
    Letter,
    LetterVersion,
    NumberingSeries,
    Signatory,
)


class IssuingOfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IssuingOffice
        django_get_or_create = ["code"]

    code = "SG"
    name = {"en": "General Secretariat (SG)", "fr": "Secrétariat général (SG)"}
    place = {"en": "Geneva", "fr": "Genève"}


class NumberingSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NumberingSeries
        django_get_or_create = ["code"]

    office = factory.SubFactory(IssuingOfficeFactory)
    code = "CL"
    name = {"en": "Circular letters", "fr": "Lettres circulaires"}
    pattern = "CL-{yy}/{n}"


class LetterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Letter

    series = factory.SubFactory(NumberingSeriesFactory)
    office = factory.LazyAttribute(lambda o: o.series.office)
    contact_name = "Victoria Sukenik"
    contact_phone = "+41 22 730 6036"
    contact_email = "strategy@itu.int"


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LetterVersion

    letter = factory.SubFactory(LetterFactory)
    language = "fr"
    subject = "Journée mondiale des télécommunications et de la société de l'information (WTISD)"
    salutation = "Madame, Monsieur,"
    body = "J'ai l'honneur de vous inviter à la **célébration** de la Journée mondiale."
    closing = "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée."


class AnnexFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Annex

    version = factory.SubFactory(VersionFactory)
    order = 1
    title = "Projet d'ordre du jour"
    body = "1) Rapport du Groupe consultatif\n2) Rapport des commissions d'études"


class SignatoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signatory

    letter = factory.SubFactory(LetterFactory)
    name = "Doreen Bogdan-Martin"
    position = {"en": "Secretary-General", "fr": "Secrétaire générale"}
    signed_note = {"en": "[Original signed]", "fr": "[Original signé]"}


def ready_letter(**kwargs) -> Letter:
    """A draft with a French and an English version, a signatory and addressees."""
    letter = LetterFactory(**kwargs)
    VersionFactory(letter=letter, language="fr")
    VersionFactory(
        letter=letter,
        language="en",
        subject="World Telecommunication and Information Society Day (WTISD)",
        salutation="Dear Sir/Madam,",
        body="I have the honour to invite you to the **celebration** of the World Day.",
        closing="Yours faithfully,",
    )
    SignatoryFactory(letter=letter)
    Addressee.objects.create(letter=letter, category="member_states", order=0)
    Addressee.objects.create(letter=letter, category="sector_members", order=1)
    return letter
