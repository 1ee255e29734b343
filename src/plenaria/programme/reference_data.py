"""The session types of the WSIS Forum and the eleven WSIS Action Lines.

Sources: the WSIS Forum 2021 invitation letter (its High-Level Track and Forum Track), and the
Geneva Plan of Action (2003), which sets out Action Lines C1 to C11.
"""

# (code, English, French, high-level segment)
SESSION_TYPES = [
    ("opening", "Opening", "Ouverture", True),
    ("high_level_policy_statement", "High-level policy statements", "Déclarations de politique générale de haut niveau", True),
    ("high_level_dialogue", "High-level dialogue", "Dialogue interactif de haut niveau", True),
    ("wsis_prizes", "WSIS Prizes ceremony", "Cérémonie de remise des prix du SMSI", True),
    ("ministerial_round_table", "Ministerial round table", "Table ronde ministérielle", True),
    ("high_level_round_table", "High-level round table", "Table ronde de haut niveau", True),
    ("action_line_facilitation", "WSIS Action Line facilitation meeting", "Réunion de coordination des grandes orientations du SMSI", False),
    ("country_workshop", "Country workshop", "Atelier par pays", False),
    ("thematic_workshop", "Thematic workshop", "Atelier thématique", False),
    ("training", "Training session", "Session de formation", False),
    ("special_track", "Special track session", "Session spéciale", False),
    ("knowledge_cafe", "Knowledge café", "Café-découverte", False),
    ("hackathon", "Hackathon", "Hackathon", False),
    ("exhibition", "Exhibition", "Exposition", False),
    ("plenary", "Plenary", "Séance plénière", False),
    ("panel", "Panel discussion", "Débat", False),
]  # fmt: skip

ACTION_LINES = [
    ("C1", "The role of public governance authorities and all stakeholders in the promotion of ICTs for development", "Le rôle des autorités publiques et de toutes les parties prenantes dans la promotion des TIC pour le développement"),
    ("C2", "Information and communication infrastructure", "Infrastructure de l'information et de la communication"),
    ("C3", "Access to information and knowledge", "Accès à l'information et au savoir"),
    ("C4", "Capacity building", "Renforcement des capacités"),
    ("C5", "Building confidence and security in the use of ICTs", "Établir la confiance et la sécurité dans l'utilisation des TIC"),
    ("C6", "Enabling environment", "Créer un environnement propice"),
    ("C7", "ICT applications", "Applications des TIC"),
    ("C8", "Cultural diversity and identity, linguistic diversity and local content", "Diversité et identité culturelles, diversité linguistique et contenus locaux"),
    ("C9", "Media", "Médias"),
    ("C10", "Ethical dimensions of the Information Society", "Dimensions éthiques de la société de l'information"),
    ("C11", "International and regional cooperation", "Coopération internationale et régionale"),
]  # fmt: skip


def load(session_type_model, action_line_model) -> None:
    """Create what is missing; never overwrite what the secretariat has since changed."""
    for order, (code, en, fr, high_level) in enumerate(SESSION_TYPES):
        session_type_model.objects.get_or_create(
            code=code,
            defaults={"name": {"en": en, "fr": fr}, "is_high_level": high_level, "order": order},
        )
    for code, en, fr in ACTION_LINES:
        action_line_model.objects.get_or_create(code=code, defaults={"name": {"en": en, "fr": fr}})
