"""Invented pledging organisations for the demonstration: a landscape word of the pledger's
region and a noun of its kind. Any likeness to a real body's name is a coincidence."""

PLACES = {
    "africa": [
        "Sahel",
        "Zambezi",
        "Kalahari",
        "Baobab",
        "Rift Valley",
        "Great Lakes",
        "Limpopo",
        "Savanna",
        "Okavango",
        "Congo Basin",
        "Niger Bend",
        "Lake Chad",
        "Harmattan",
        "Acacia",
        "Highveld",
        "Sankofa",
    ],
    "americas": [
        "Andes",
        "Pampas",
        "Caribbean",
        "Patagonia",
        "Amazonia",
        "Altiplano",
        "Sierra Madre",
        "Orinoco",
        "Cordillera",
        "Prairie",
        "Atacama",
        "Gran Chaco",
    ],
    "asia_pacific": [
        "Mekong",
        "Himalaya",
        "Coral Sea",
        "Monsoon",
        "Lotus",
        "Indus",
        "Borneo",
        "Blue Pacific",
        "Bengal Delta",
        "Sundarbans",
        "Tasman",
        "Archipelago",
    ],
    "arab_states": ["Levant", "Nile Valley", "Maghreb", "Oasis", "Gulf", "Red Sea", "Dunes"],
    "cis": ["Steppe", "Caspian", "Volga", "Ural", "Silk Road", "Altai"],
    "europe": [
        "Alpine",
        "Baltic",
        "Danube",
        "Rhine",
        "Iberian",
        "Adriatic",
        "Carpathian",
        "Aegean",
        "North Sea",
        "Celtic",
        "Fjord",
        "Meridian",
        "Loire",
        "Tatra",
    ],
}

# kind: (membership category, stakeholder type, nouns)
KINDS = {
    "private": (
        "private_sector",
        "private_sector",
        [
            "Fibre Networks",
            "Broadband Partners",
            "Digital Infrastructure",
            "Data Systems",
            "Satellite Services",
            "Mobile Payments",
            "Cloud Services",
            "Tower Company",
            "Last Mile Cooperative",
            "Rural Access Company",
        ],
    ),
    "civil_society": (
        "civil_society",
        "civil_society",
        [
            "Digital Foundation",
            "Community Networks Association",
            "Women in Tech Alliance",
            "Open Data Trust",
            "Digital Rights Forum",
            "Library Connect Initiative",
        ],
    ),
    "academia": (
        "academia",
        "academia_technical",
        [
            "Institute for Digital Skills",
            "Centre for Connectivity Studies",
            "School of Information Engineering",
            "Research Network for ICT",
        ],
    ),
    "international": (
        "regional_org",
        "international_org",
        ["Regional Broadband Council", "Development Fund for ICT", "Digital Cooperation Office"],
    ),
}

# Share of the new organisations that are not governments nor companies, by kind.
OTHER_KINDS = [("civil_society", 5), ("academia", 3), ("international", 2)]


def acronym(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[0].isupper())
