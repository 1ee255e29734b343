"""Spanish letters and tables of meetings, written apart from the corpus: what is read comes
from the language and the layout, not from the corpus files."""

from plenaria.intake.extraction import extract

SPANISH = """Oficina de Normalización de las Telecomunicaciones (TSB)

Ginebra, 2 de marzo de 2026

Ref.: Circular TSB 88
Contacto: Sra. Lucía Fernández Ortega
Tel.: +41 22 730 5500
Correo-e: tsbtaller@itu.int

A:
- Administraciones de los Estados Miembros de la Unión
- Miembros de Sector del UIT-T
- Instituciones Académicas de la UIT

Asunto: Taller de la UIT sobre ciudades inteligentes, Lima (Perú), 21 de abril de 2026

Estimada Señora/Estimado Señor:

Me complace invitarle al Taller de la UIT sobre ciudades inteligentes, que se celebrará el
21 de abril de 2026 en Lima (Perú). El taller comenzará a las 10.00 horas y terminará a las
16.00 horas (hora local). Será un evento híbrido.

Le ruego que se inscriba en línea a más tardar el 6 de abril de 2026.

Atentamente,

(firmado)

Ana Morales
Directora
"""

TABLE = """Radiocommunication Bureau

Geneva, 5 May 2026

Ref.: CA/301

To: Administrations of Member States of the ITU

Subject: Meetings of Working Parties 5A, 5B and 5C

Dear Sir/Madam,

The meetings of the working parties will be held at ITU headquarters, Geneva, as follows:

| Meeting | Dates |
| Working Party 5A | 10-14 August 2026 |
| Working Party 5B | 17-21 August 2026 |

Yours faithfully,

(signed)

Mario Maniewicz
Director
"""


def test_a_spanish_letter_gives_its_dates_times_deadline_and_addressees():
    letter = extract(SPANISH)
    assert letter.language == "es" and letter.date.value == "2026-03-02"
    assert letter.contact_name.value == "Lucía Fernández Ortega"
    assert letter.email.value == "tsbtaller@itu.int"
    assert letter.salutation.value == "Estimada Señora/Estimado Señor"
    codes = [(a.value["code"], a.value.get("sector")) for a in letter.addressees]
    assert codes == [("member_state", None), ("sector_member", "ITU-T"), ("academia", None)]
    event = letter.events[0]
    assert (event.start_date.value, event.start_time.value, event.end_time.value) == (
        "2026-04-21",
        "10:00",
        "16:00",
    )
    assert event.time_zone.value == "America/Lima" and event.format.value == "hybrid"
    assert event.city.value == "Lima" and event.country.value == "PE"
    deadline = letter.deadlines[0]
    assert (deadline.kind.value, deadline.date.value) == ("registration", "2026-04-06")
    assert deadline.channel.value == "online"
    assert [s.name.value for s in letter.signatories] == ["Ana Morales"]


def test_each_row_of_a_table_of_meetings_is_an_event_with_its_dates():
    events = {e.name.value: e for e in extract(TABLE).events}
    assert set(events) == {"Working Party 5A", "Working Party 5B"}
    assert events["Working Party 5B"].start_date.value == "2026-08-17"
    assert events["Working Party 5B"].end_date.value == "2026-08-21"
    assert events["Working Party 5A"].venue.value == "ITU headquarters"


def test_spanish_reply_and_visa_deadlines_and_all_sector_members():
    letter = extract(
        "Secretaría General\n\nGinebra, 12 de enero de 2026\n\nRef.: CL-26/3\n"
        "Contacto: Sr. Juan Pérez\nCorreo electrónico: cl@itu.int\n\n"
        "A los Estados Miembros y a los Miembros de los Sectores de la UIT\n\n"
        "Asunto: Cuestionario sobre la Conferencia\n\nMuy señor mío/Muy señora mía:\n\n"
        "Le ruego responda al cuestionario adjunto a más tardar el 15 de febrero de 2026. "
        "Las solicitudes de visado deberán presentarse antes del 1 de marzo de 2026.\n\n"
        "Le saluda atentamente,\n\n(firmado)\n\nDoreen Bogdan-Martin\nSecretaria General\n"
    )
    assert letter.office.value["code"] == "SG" and letter.reference.value == "CL-26/3"
    assert [a.value["code"] for a in letter.addressees] == ["member_state", "sector_member"]
    assert [(d.kind.value, d.date.value) for d in letter.deadlines] == [
        ("reply", "2026-02-15"),
        ("visa", "2026-03-01"),
    ]
    assert letter.signatories[0].title.value == "Secretaria General"
