"""The five seed letters: offices, series and every part of each letter, in French (as
issued) and in English; WTISD-23's also in Arabic, Chinese, Russian and Spanish, translated
for the demo. Bodies and annexes are Markdown files in ``data/demo``."""

OFFICES = [
    {
        "code": "SG",
        "name": {"en": "General Secretariat (SG)", "fr": "Secrétariat général (SG)"},
        "place": {"en": "Geneva", "fr": "Genève"},
    },
    {
        "code": "BDT",
        "name": {
            "en": "Telecommunication Development Bureau (BDT)",
            "fr": "Bureau de développement des télécommunications (BDT)",
        },
        "place": {"en": "Geneva", "fr": "Genève"},
    },
    {
        "code": "WSIS",
        "name": {"en": "WSIS Forum secretariat", "fr": "Secrétariat du Forum du SMSI"},
        "place": {"en": "Geneva", "fr": "Genève"},
    },
]

SERIES = [
    {
        "office": "SG",
        "code": "CL",
        "name": {"en": "Circular letters", "fr": "Lettres circulaires"},
        "pattern": "CL-{yy}/{n}",
    },
    {
        "office": "SG",
        "code": "DM",
        "name": {"en": "Director's memoranda", "fr": "Lettres DM"},
        "pattern": "DM-{yy}/{n:04}",
    },
    {
        "office": "BDT",
        "code": "BDT/DIR",
        "name": {"en": "Circulars of the BDT Director", "fr": "Circulaires du Directeur du BDT"},
        "pattern": "BDT/DIR/{n:03}",
        "reference_label": {"en": "Circular", "fr": "Circulaire"},
    },
    {
        "office": "WSIS",
        "code": "WSIS Forum",
        "name": {"en": "WSIS Forum letters", "fr": "Lettres du Forum du SMSI"},
        "pattern": "WSIS Forum {yyyy}/{n:02}",
    },
]

FR_SALUTATION, EN_SALUTATION = "Madame, Monsieur,", "Dear Sir/Madam,"
OTHER_SALUTATIONS = {
    "ar": "حضرات السادة والسيدات،",
    "zh-hans": "尊敬的先生/女士：",
    "ru": "Уважаемая госпожа,\nуважаемый господин,",
    "es": "Muy Señora mía/Muy Señor mío:",
}
MEMBERS_AND_ACADEMIA = ["member_states", "sector_members", "associates", "academia"]
WSIS_STAKEHOLDERS = [
    "wsis_governments",
    "wsis_private_sector",
    "wsis_civil_society",
    "wsis_academia_technical",
    "wsis_international_orgs",
]
SIGNED = {
    "fr": "[Original signé]",
    "en": "[Original signed]",
    "ar": "[الأصل موقّع]",
    "zh-hans": "[原件已签署]",
    "ru": "[Подписано в оригинале]",
    "es": "[Original firmado]",
}
SIGNED_BY = {"fr": "[original signé par]", "en": "[original signed by]"}
ZHAO = {
    "name": "Houlin Zhao",
    "position": {"fr": "Secrétaire général", "en": "Secretary-General"},
    "signed_note": SIGNED,
}
BOGDAN_MARTIN_SG = {
    "name": "Doreen Bogdan-Martin",
    "position": {
        "fr": "Secrétaire générale",
        "en": "Secretary-General",
        "ar": "الأمينة العامة",
        "zh-hans": "秘书长",
        "ru": "Генеральный секретарь",
        "es": "Secretaria General",
    },
    "signed_note": SIGNED,
}

LETTERS = [
    {
        "key": "wtisd-2021",
        "series": "CL",
        "number": 20,
        "date": (2021, 5, 6),
        "contact": ("Mme Victoria Sukenik", "", "+41 22 730 60 36", "strategy@itu.int"),
        "addressees": MEMBERS_AND_ACADEMIA,
        "events": ["WTISD 2021"],
        "signatories": [ZHAO],
        "versions": {
            "fr": {
                "subject": 'Journée mondiale des télécommunications et de la société de l\'information (WTISD), 17 mai 2021, "Accélérer la transformation numérique en ces temps difficiles"',
                "addressees": "Aux États Membres, Membres de Secteur et Associés de l'UIT, ainsi qu'aux établissements universitaires participant aux travaux de l'UIT",
                "closing": "Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
                "annexes": [
                    "Message du Secrétaire général de l'Organisation des Nations Unies pour la Journée mondiale des télécommunications et de la société de l'information"
                ],
            },
            "en": {
                "subject": 'World Telecommunication and Information Society Day (WTISD), 17 May 2021, "Accelerating digital transformation in challenging times"',
                "addressees": "To ITU Member States, Sector Members and Associates, and to Academia participating in the work of ITU",
                "closing": "Yours faithfully,",
                "annexes": [
                    "Message of the Secretary-General of the United Nations for World Telecommunication and Information Society Day"
                ],
            },
        },
    },
    {
        "key": "wtisd-2023",
        "series": "CL",
        "number": 9,
        "date": (2023, 4, 12),
        "contact": ("Victoria Sukenik", "+41 22 730 6036", "", "strategy@itu.int"),
        "addressees": MEMBERS_AND_ACADEMIA,
        "events": ["WTISD-23"],
        "relations": [("follows", "CL-23/5")],
        "signatories": [BOGDAN_MARTIN_SG],
        "versions": {
            "fr": {
                "subject": "Journée mondiale des télécommunications et de la société de l'information (WTISD), 17 mai 2023, \"Donner des moyens d'action aux pays les moins avancés grâce aux technologies de l'information et de la communication\"",
                "addressees": "États Membres de l'UIT;\nMembres de Secteur;\nAssociés et établissements universitaires",
                "closing": "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
            },
            "en": {
                "subject": 'World Telecommunication and Information Society Day (WTISD), 17 May 2023, "Empowering the least developed countries through information and communication technologies"',
                "addressees": "ITU Member States;\nSector Members;\nAssociates and Academia",
                "closing": "Yours faithfully,",
            },
            "ar": {
                "subject": 'اليوم العالمي للاتصالات ومجتمع المعلومات (WTISD)، 17 مايو 2023، "تمكين أقل البلدان نمواً من خلال تكنولوجيا المعلومات والاتصالات"',
                "addressees": "الدول الأعضاء في الاتحاد؛\nأعضاء القطاعات؛\nالمنتسبون والهيئات الأكاديمية",
                "closing": "وتفضلوا بقبول فائق التقدير والاحترام.",
            },
            "zh-hans": {
                "subject": "2023年5月17日世界电信和信息社会日（WTISD），主题：“通过信息通信技术增强最不发达国家的能力”",
                "addressees": "国际电联成员国；\n部门成员；\n部门准成员和学术成员",
                "closing": "顺致敬意！",
            },
            "ru": {
                "subject": 'Всемирный день электросвязи и информационного общества (ВДЭИО), 17 мая 2023 года, "Расширение возможностей наименее развитых стран с помощью информационно-коммуникационных технологий"',
                "addressees": "Государствам – Членам МСЭ;\nЧленам Секторов;\nАссоциированным членам и академическим организациям",
                "closing": "С уважением,",
            },
            "es": {
                "subject": 'Día Mundial de las Telecomunicaciones y la Sociedad de la Información (DMTSI), 17 de mayo de 2023, "Empoderar a los países menos adelantados mediante las tecnologías de la información y la comunicación"',
                "addressees": "Estados Miembros de la UIT;\nMiembros de Sector;\nAsociados e Instituciones Académicas",
                "closing": "Atentamente,",
            },
        },
    },
    {
        "key": "wsis-forum-2021",
        "series": "WSIS Forum",
        "number": 1,
        "date": (2021, 2, 3),
        "contact": ("Gitanjali Sah", "+41 22 730 6240", "+41 22 730 6453", "wsis-info@itu.int"),
        "addressees": WSIS_STAKEHOLDERS,
        "events": ["WSIS Forum 2021"],
        "signatories": [
            {
                "name": "M. Houlin Zhao",
                "position": {"fr": "Secrétaire général", "en": "Secretary-General"},
                "organisation": {"fr": "de l'UIT", "en": "ITU"},
                "signed_note": SIGNED_BY,
            },
            {
                "name": "Mme Audrey Azoulay",
                "position": {"fr": "Directrice générale", "en": "Director-General"},
                "organisation": {"fr": "de l'UNESCO", "en": "UNESCO"},
                "signed_note": SIGNED_BY,
            },
            {
                "name": "M. Mukhisa Kituyi",
                "position": {"fr": "Secrétaire général", "en": "Secretary-General"},
                "organisation": {"fr": "de la CNUCED", "en": "UNCTAD"},
                "signed_note": SIGNED_BY,
            },
            {
                "name": "M. Achim Steiner",
                "position": {"fr": "Administrateur", "en": "Administrator"},
                "organisation": {"fr": "du PNUD", "en": "UNDP"},
                "signed_note": SIGNED_BY,
            },
        ],
        "versions": {
            "fr": {
                "subject": "Invitation au Forum 2021 du Sommet mondial sur la société de l'information (SMSI)",
                "addressees": "À toutes les parties prenantes du SMSI\n– Gouvernements\n– Secteur privé\n– Société civile\n– Établissements universitaires/milieux techniques\n– Organisations internationales",
                "closing": "Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.",
            },
            "en": {
                "subject": "Invitation to the World Summit on the Information Society (WSIS) Forum 2021",
                "addressees": "To all WSIS stakeholders\n– Governments\n– Private sector\n– Civil society\n– Academia/technical community\n– International organizations",
                "closing": "Yours faithfully,",
            },
        },
    },
    {
        "key": "wtdc-21",
        "series": "DM",
        "number": 1002,
        "suffix": "SG/BDT",
        "date": (2022, 2, 22),
        "contact": ("M. Stephen Bereaux", "+41 22 730 5131", "+41 22 730 5484", "wtdc@itu.int"),
        "addressees": ["academia"],
        "events": ["WTDC-21", "GCYS 2022", "P2C Roundtable 2022"],
        "relations": [("complements", "CL-22/006")],
        "signatories": [{**ZHAO, "position": {}}],
        "versions": {
            "fr": {
                "subject": "Invitation à la Conférence mondiale de développement des télécommunications (CMDT-21)",
                "addressees": "– Aux établissements universitaires participant aux travaux de l'UIT",
                "closing": "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
                "annexes": ["Projet d'ordre du jour de la CMDT-21"],
            },
            "en": {
                "subject": "Invitation to the World Telecommunication Development Conference (WTDC-21)",
                "addressees": "– To Academia participating in the work of ITU",
                "closing": "Yours faithfully,",
                "annexes": ["Draft agenda of WTDC-21"],
            },
        },
    },
    {
        "key": "p2c-2021",
        "series": "BDT/DIR",
        "number": 105,
        "date": (2021, 9, 6),
        "contact": ("", "", "", ""),
        "addressees": [
            "member_states",
            "sector_members_itu_d",
            "academia",
            "regional_orgs",
            "un_agencies",
        ],
        "events": ["P2C Road to Addis 2021"],
        "signatories": [
            {
                "name": "Doreen Bogdan-Martin",
                "position": {"fr": "Directrice", "en": "Director"},
                "signed_note": SIGNED,
            }
        ],
        "versions": {
            "fr": {
                "subject": 'LETTRE D\'INVITATION – Réunion "Partner2Connect" organisée dans le cadre de la série de manifestations "En route pour Addis" 20 septembre 2021, 8 h 30-11 h 30 EST',
                "addressees": "– Aux États Membres de l'UIT\n– Aux Membres du Secteur de l'UIT-D\n– Aux établissements universitaires\n– Aux organisations régionales/internationales\n– Aux institutions spécialisées des Nations Unies",
                "closing": "Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.",
            },
            "en": {
                "subject": 'LETTER OF INVITATION – Partner2Connect meeting of the "Road to Addis" series of events, 20 September 2021, 8:30-11:30 EST',
                "addressees": "– ITU Member States\n– ITU-D Sector Members\n– Academia\n– Regional/international organizations\n– Specialized agencies of the United Nations",
                "closing": "Yours faithfully,",
            },
        },
    },
]
