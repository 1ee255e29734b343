"""Agendas and small programmes stated in the seed letters.

The WTDC-21 draft agenda is Annex 1 of DM-22/1002 word for word in French; the English is
the agenda's English version. Its numbers are not here: they follow from the order.
"""

import datetime

# (French, English, children)
WTDC21_AGENDA = [
    (
        "Rapport sur la mise en œuvre du Plan d'action de Buenos Aires",
        "Report on the implementation of the Buenos Aires Action Plan",
        [
            (
                "Point sur la transformation numérique au niveau mondial et rapport sur la mise en œuvre du Plan d'action de Buenos Aires adopté par la CMDT-17 (y compris les initiatives régionales) et contribution à la mise en œuvre du Plan d'action du SMSI et des Objectifs de développement durable (ODD)",
                "Global digital transformation update and report on the implementation of the Buenos Aires Action Plan adopted by WTDC-17 (including regional initiatives) and contribution to the implementation of the WSIS Action Plan and the Sustainable Development Goals (SDGs)",
                [],
            ),
            (
                "Rapport du Groupe consultatif pour le développement des télécommunications",
                "Report of the Telecommunication Development Advisory Group",
                [],
            ),
            ("Rapport des commissions d'études", "Report of the study groups", []),
            (
                "Rapport sur la mise en œuvre des résultats des autres conférences, assemblées et réunions de l'UIT intéressant les travaux de l'UIT-D:",
                "Report on the implementation of the outcomes of other ITU conferences, assemblies and meetings relevant to the work of ITU-D:",
                [
                    ("Conférence de plénipotentiaires (PP-18)", "Plenipotentiary Conference (PP-18)", []),
                    (
                        "Assemblée des radiocommunications (AR-19)/Conférence mondiale des radiocommunications (CMR-19)",
                        "Radiocommunication Assembly (RA-19)/World Radiocommunication Conference (WRC-19)",
                        [],
                    ),
                    (
                        "Assemblée mondiale de normalisation des télécommunications (AMNT-20)",
                        "World Telecommunication Standardization Assembly (WTSA-20)",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "Programme de travail de l'UIT-D pour la période 2022-2025",
        "ITU-D programme of work for the period 2022-2025",
        [
            (
                "Résultats des réunions préparatoires régionales en vue de la CMDT-21",
                "Outcomes of the regional preparatory meetings for WTDC-21",
                [],
            ),
            (
                "Contribution de l'UIT-D au plan stratégique de l'UIT pour la période 2024-2027",
                "ITU-D contribution to the ITU strategic plan for the period 2024-2027",
                [],
            ),
            ("Priorités thématiques de l'UIT-D", "ITU-D thematic priorities", []),
            (
                "Plan d'action de l'UIT-D pour la période 2022-2025",
                "ITU-D Action Plan for the period 2022-2025",
                [],
            ),
            ("Déclaration d'Addis-Abeba", "Addis Ababa Declaration", []),
            (
                "Groupe consultatif pour le développement des télécommunications",
                "Telecommunication Development Advisory Group",
                [
                    (
                        "Pouvoir conféré au Groupe consultatif pour le développement des télécommunications d'agir entre les conférences mondiales de développement des télécommunications (Résolution 24 (Rév. Dubaï, 2014))",
                        "Authority of the Telecommunication Development Advisory Group to act between world telecommunication development conferences (Resolution 24 (Rev. Dubai, 2014))",
                        [],
                    ),
                    ("Structure et méthodes de travail", "Structure and working methods", []),
                ],
            ),
            (
                "Commissions d'études",
                "Study groups",
                [
                    ("Questions à l'étude", "Questions for study", []),
                    ("Structure et méthodes de travail", "Structure and working methods", []),
                ],
            ),
            ("Résolutions et recommandations", "Resolutions and recommendations", []),
        ],
    ),
    (
        "Coalition pour le numérique Partner2Connect (P2C) – non statutaire",
        "Partner2Connect (P2C) Digital Coalition – non-statutory",
        [
            ("Coalition pour le numérique P2C", "P2C Digital Coalition", []),
            ("Divers", "Any other business", []),
        ],
    ),
]  # fmt: skip

# "Cet ordre du jour a été approuvé par le GCDT à la réunion qu'il a tenue du 8 au 12 novembre 2021."
WTDC21_APPROVAL = ("TDAG", datetime.date(2021, 11, 12))

T = datetime.time

# The P2C meeting of 20 September 2021, 8:30–11:30 in New York (BDT/DIR/105): the letter
# names the launch, the LDC connectivity report and the four focus areas; the times of each
# part and the speakers other than the letter's signatory are illustrative.
P2C_PROGRAMME = [
    (T(8, 30), T(8, 45), "opening", "Opening remarks", "Allocutions d'ouverture",
     [("Doreen Bogdan-Martin", "woman", "moderator")]),
    (T(8, 45), T(9, 15), "high_level_dialogue", "Road to Addis: key takeaways of the digital development series",
     "En route pour Addis : principaux éléments à retenir de la série de manifestations",
     [("Amani Kariuki", "woman", "moderator"), ("Tomás Ibarra", "man", "panellist"), ("Leilani Fifita", "woman", "panellist")]),
    (T(9, 15), T(9, 30), "high_level_policy_statement", "Launch of the Partner2Connect Digital Coalition",
     "Lancement de la Coalition pour le numérique « Partner2Connect »",
     [("Doreen Bogdan-Martin", "woman", "speaker"), ("Rahul Menon", "man", "speaker")]),
    (T(9, 30), T(9, 45), "panel", "Presentation of the report Connectivity in the Least Developed Countries",
     "Présentation du Rapport sur la connectivité dans les PMA",
     [("Mariam Diallo", "woman", "speaker")]),
    (T(9, 45), T(10, 7), "panel", "Focus area 1: Connecting people everywhere",
     "Domaine d'activité 1 : Connecter les populations partout",
     [("Sione Tupou", "man", "moderator"), ("Grace Mwangi", "woman", "panellist"), ("Nilufar Rahman", "woman", "panellist")]),
    (T(10, 7), T(10, 29), "panel", "Focus area 2: Empowering communities",
     "Domaine d'activité 2 : Autonomiser les communautés",
     [("Ana Sepulveda", "woman", "moderator"), ("Kofi Mensah", "man", "panellist"), ("Bolat Seitkali", "man", "panellist")]),
    (T(10, 29), T(10, 51), "panel", "Focus area 3: Building digital ecosystems",
     "Domaine d'activité 3 : Instaurer des écosystèmes numériques",
     [("Lucía Paredes", "woman", "moderator"), ("Tenzin Dorji", "man", "panellist")]),
    (T(10, 51), T(11, 13), "panel", "Focus area 4: Fostering investment",
     "Domaine d'activité 4 : Encourager les investissements",
     [("Hamid Karimi", "man", "moderator"), ("Chipo Banda", "woman", "panellist"), ("Jean-Pierre Habimana", "man", "panellist")]),
    (T(11, 13), T(11, 30), "plenary", "Way forward to WTDC and closing", "Perspectives vers la CMDT et clôture",
     [("Doreen Bogdan-Martin", "woman", "speaker")]),
]  # fmt: skip

# One round table per WTISD; the letters give the times, themes and (for 2023) the room.
WTISD_ROUND_TABLES = {
    "WTISD 2021": (
        "High-level virtual round table: Accelerating digital transformation in challenging times",
        "Table ronde virtuelle de haut niveau : Accélérer la transformation numérique en ces temps difficiles",
        "virtual",
        [("Houlin Zhao", "man", "speaker"), ("Amani Kariuki", "woman", "moderator"),
         ("Tomás Ibarra", "man", "panellist"), ("Nilufar Rahman", "woman", "panellist")],
    ),
    "WTISD-23": (
        "Round table: Empowering the least developed countries through ICTs",
        "Table ronde : Donner des moyens d'action aux pays les moins avancés grâce aux TIC",
        "hybrid",
        [("Mariam Diallo", "woman", "moderator"), ("Sione Tupou", "man", "panellist"),
         ("Grace Mwangi", "woman", "panellist"), ("Tenzin Dorji", "man", "panellist")],
    ),
}  # fmt: skip
