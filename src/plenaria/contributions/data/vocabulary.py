"""The coalition's vocabularies. Focus areas and the beneficiary groups follow the
Partner2Connect Digital Coalition's pledging framework as its public annual reports describe it
(2023); the Sustainable Development Goals their short UN titles. Names in the other UN
languages come with the languages' catalogues of the site."""

FOCUS_AREAS = [
    (
        "access",
        {"en": "Access", "fr": "Accès", "es": "Acceso"},
        {
            "en": "Connecting people everywhere",
            "fr": "Connecter tout le monde, partout",
            "es": "Conectar a las personas en todas partes",
        },
    ),
    (
        "adoption",
        {"en": "Adoption", "fr": "Adoption", "es": "Adopción"},
        {
            "en": "Empowering communities",
            "fr": "Autonomiser les communautés",
            "es": "Empoderar a las comunidades",
        },
    ),
    (
        "value_creation",
        {"en": "Value creation", "fr": "Création de valeur", "es": "Creación de valor"},
        {
            "en": "Building digital ecosystems",
            "fr": "Bâtir des écosystèmes numériques",
            "es": "Construir ecosistemas digitales",
        },
    ),
    (
        "accelerate",
        {"en": "Accelerate", "fr": "Accélérer", "es": "Acelerar"},
        {
            "en": "Fostering investment",
            "fr": "Favoriser l'investissement",
            "es": "Fomentar la inversión",
        },
    ),
]

PILLARS = [
    (
        "infrastructure",
        "access",
        {"en": "Infrastructure", "fr": "Infrastructures", "es": "Infraestructura"},
    ),
    (
        "affordability",
        "access",
        {"en": "Affordability", "fr": "Accessibilité financière", "es": "Asequibilidad"},
    ),
    (
        "policy_regulation",
        "access",
        {
            "en": "Policy and regulation",
            "fr": "Politiques et réglementation",
            "es": "Políticas y reglamentación",
        },
    ),
    (
        "skills",
        "adoption",
        {"en": "Digital skills", "fr": "Compétences numériques", "es": "Competencias digitales"},
    ),
    (
        "digital_inclusion",
        "adoption",
        {"en": "Digital inclusion", "fr": "Inclusion numérique", "es": "Inclusión digital"},
    ),
    (
        "cybersecurity",
        "adoption",
        {"en": "Cybersecurity", "fr": "Cybersécurité", "es": "Ciberseguridad"},
    ),
    (
        "innovation",
        "value_creation",
        {
            "en": "Digital innovation and entrepreneurship",
            "fr": "Innovation numérique et entrepreneuriat",
            "es": "Innovación digital y emprendimiento",
        },
    ),
    (
        "digital_services",
        "value_creation",
        {
            "en": "Digital content and services",
            "fr": "Contenus et services numériques",
            "es": "Contenidos y servicios digitales",
        },
    ),
    ("investment", "accelerate", {"en": "Investment", "fr": "Investissement", "es": "Inversión"}),
    (
        "financing",
        "accelerate",
        {
            "en": "Innovative financing",
            "fr": "Financements innovants",
            "es": "Financiación innovadora",
        },
    ),
]

BENEFICIARY_GROUPS = [
    ("women_girls", {"en": "Women and girls", "fr": "Femmes et filles", "es": "Mujeres y niñas"}),
    ("youth", {"en": "Youth", "fr": "Jeunes", "es": "Jóvenes"}),
    ("older_persons", {"en": "Older persons", "fr": "Personnes âgées", "es": "Personas mayores"}),
    (
        "disabilities",
        {
            "en": "Persons with disabilities",
            "fr": "Personnes handicapées",
            "es": "Personas con discapacidad",
        },
    ),
    (
        "rural_remote",
        {
            "en": "Rural and remote communities",
            "fr": "Communautés rurales et isolées",
            "es": "Comunidades rurales y remotas",
        },
    ),
    (
        "indigenous",
        {"en": "Indigenous peoples", "fr": "Peuples autochtones", "es": "Pueblos indígenas"},
    ),
    (
        "refugees_displaced",
        {
            "en": "Refugees and displaced people",
            "fr": "Réfugiés et personnes déplacées",
            "es": "Personas refugiadas y desplazadas",
        },
    ),
    (
        "small_businesses",
        {"en": "Small businesses", "fr": "Petites entreprises", "es": "Pequeñas empresas"},
    ),
]

SDGS = [
    (1, {"en": "No poverty", "fr": "Pas de pauvreté", "es": "Fin de la pobreza"}),
    (2, {"en": "Zero hunger", "fr": "Faim « zéro »", "es": "Hambre cero"}),
    (
        3,
        {
            "en": "Good health and well-being",
            "fr": "Bonne santé et bien-être",
            "es": "Salud y bienestar",
        },
    ),
    (4, {"en": "Quality education", "fr": "Éducation de qualité", "es": "Educación de calidad"}),
    (5, {"en": "Gender equality", "fr": "Égalité entre les sexes", "es": "Igualdad de género"}),
    (
        6,
        {
            "en": "Clean water and sanitation",
            "fr": "Eau propre et assainissement",
            "es": "Agua limpia y saneamiento",
        },
    ),
    (
        7,
        {
            "en": "Affordable and clean energy",
            "fr": "Énergie propre et d'un coût abordable",
            "es": "Energía asequible y no contaminante",
        },
    ),
    (
        8,
        {
            "en": "Decent work and economic growth",
            "fr": "Travail décent et croissance économique",
            "es": "Trabajo decente y crecimiento económico",
        },
    ),
    (
        9,
        {
            "en": "Industry, innovation and infrastructure",
            "fr": "Industrie, innovation et infrastructure",
            "es": "Industria, innovación e infraestructura",
        },
    ),
    (
        10,
        {
            "en": "Reduced inequalities",
            "fr": "Inégalités réduites",
            "es": "Reducción de las desigualdades",
        },
    ),
    (
        11,
        {
            "en": "Sustainable cities and communities",
            "fr": "Villes et communautés durables",
            "es": "Ciudades y comunidades sostenibles",
        },
    ),
    (
        12,
        {
            "en": "Responsible consumption and production",
            "fr": "Consommation et production responsables",
            "es": "Producción y consumo responsables",
        },
    ),
    (
        13,
        {
            "en": "Climate action",
            "fr": "Mesures relatives à la lutte contre les changements climatiques",
            "es": "Acción por el clima",
        },
    ),
    (14, {"en": "Life below water", "fr": "Vie aquatique", "es": "Vida submarina"}),
    (15, {"en": "Life on land", "fr": "Vie terrestre", "es": "Vida de ecosistemas terrestres"}),
    (
        16,
        {
            "en": "Peace, justice and strong institutions",
            "fr": "Paix, justice et institutions efficaces",
            "es": "Paz, justicia e instituciones sólidas",
        },
    ),
    (
        17,
        {
            "en": "Partnerships for the goals",
            "fr": "Partenariats pour la réalisation des objectifs",
            "es": "Alianzas para lograr los objetivos",
        },
    ),
]
