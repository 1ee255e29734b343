"""Noise removal keeps a map back to the original offsets."""

from plenaria.intake.extraction.normalise import Doc


def test_markdown_link_bold_and_escapes_are_removed_with_offsets():
    original = "Voir la [Lettre (CL-23/5)](#) et **mercredi 17 mai** \\(CEST\\) ^{ème}."
    doc = Doc(original)
    assert doc.norm == "Voir la Lettre (CL-23/5) et mercredi 17 mai (CEST) ème."
    start = doc.norm.index("CL-23/5")
    o_start, o_end = doc.span(start, start + len("CL-23/5"))
    assert original[o_start:o_end] == "CL-23/5"
    start = doc.norm.index("mercredi")
    o_start, o_end = doc.span(start, start + len("mercredi 17 mai"))
    assert original[o_start:o_end] == "mercredi 17 mai"


def test_ocr_elisions_and_accents():
    doc = Doc("I'UIT a |'occasion de I'édition, de 13 h 00 a 14 h 30, en Iigne, Ia séance")
    assert doc.norm == "l'UIT a l'occasion de l'édition, de 13 h 00 à 14 h 30, en ligne, la séance"
    assert len(doc.fold) == len(doc.norm)
    assert "edition" in doc.fold


def test_english_i_apostrophe_is_kept():
    assert Doc("I'm sure I'll come").norm == "I'm sure I'll come"


def test_ligatures_quotes_spaces():
    original = "l\u2019of\ufb01ce \u00ab\u00a0th\u00e8me\u00a0\u00bb"
    doc = Doc(original)
    assert doc.norm == 'l\'office " thème "'
    start = doc.norm.index("office")
    assert original[slice(*doc.span(start, start + 6))] == "of\ufb01ce"


def test_fold_has_the_same_length_as_norm():
    doc = Doc("ÉTATS Membres, Genève, Zürich, Ñandú, œuvre — fin")
    assert len(doc.fold) == len(doc.norm)
    assert doc.fold.startswith("etats membres, geneve, zurich, nandu")
