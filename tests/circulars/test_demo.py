import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from plenaria.circulars.demo import load_circulars_demo
from plenaria.circulars.models import Letter
from plenaria.circulars.rendering.pdf import render_pdf
from plenaria.core.models import AuditEntry

pytestmark = pytest.mark.django_db

SEED_REFERENCES = {
    "CL-21/20",
    "CL-23/9",
    "WSIS Forum 2021/01",
    "DM-22/1002 – SG/BDT",
    "BDT/DIR/105",
}


def test_the_five_seed_letters_are_issued_in_french_and_english_tied_to_their_events():
    call_command("load_demo")
    letters = Letter.objects.prefetch_related("versions", "events", "signatories")
    assert {letter.full_reference for letter in letters} == SEED_REFERENCES
    for letter in letters:
        assert letter.status == "issued"
        languages = {v.language for v in letter.versions.all()}
        # Each seed letter in French and English; the WTISD-23 letter in all six languages.
        six = {code for code, _name in settings.LANGUAGES}
        assert languages == (six if letter.reference == "CL-23/9" else {"fr", "en"})
        assert letter.events.exists()
    wsis = letters.get(reference="WSIS Forum 2021/01")
    assert [s.name for s in wsis.signatories.all()][1] == "Mme Audrey Azoulay"
    wtdc = letters.get(reference="DM-22/1002")
    assert {e.acronym for e in wtdc.events.all()} >= {"WTDC-21", "GCYS 2022"}
    assert wtdc.relations_out.get().target_reference == "CL-22/006"

    audit_before = AuditEntry.objects.count()
    load_circulars_demo()
    assert Letter.objects.count() == 5 and AuditEntry.objects.count() == audit_before


def test_the_wtdc_letter_prints_with_its_agenda_on_a_page_of_its_own():
    load_circulars_demo()
    version = Letter.objects.get(reference="DM-22/1002").versions.get(language="fr")
    pages = PdfReader(io.BytesIO(render_pdf(version))).pages
    first = pages[0].extract_text()
    assert "DM-22/1002 – SG/BDT" in first and "Secrétariat général (SG)" in first
    assert "Conférence mondiale de développement des télécommunications (CMDT-21)" in first
    whole = "\n".join(page.extract_text() for page in pages)
    assert "Houlin Zhao" in whole
    annex_page = next(
        page.extract_text()
        for page in pages
        if "Projet d'ordre du jour de la CMDT-21" in page.extract_text()
        and "Rapport des commissions" in page.extract_text()
    )
    assert "Madame, Monsieur" not in annex_page


def test_every_demo_letter_has_its_pages_and_pdfs(client):
    load_circulars_demo()
    archive = client.get(reverse("circulars:list")).content.decode()
    for letter in Letter.objects.all():
        assert letter.full_reference in archive
        for language in ("fr", "en"):
            page = client.get(reverse("circulars:version", args=[letter.pk, language]))
            assert page.status_code == 200
            pdf = client.get(reverse("circulars:pdf", args=[letter.pk, language]))
            assert pdf.content.startswith(b"%PDF")
