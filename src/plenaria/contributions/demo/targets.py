"""The coalition's published marginals as of 6 December 2023, which the demonstration's
pledges are built to reproduce (Partner2Connect Digital Coalition, annual report 2023)."""

import datetime
from decimal import Decimal

AS_OF = datetime.date(2023, 12, 6)
FIRST_PLEDGE = datetime.date(2021, 9, 20)  # the coalition's launch meeting
BILLION = Decimal(1_000_000_000)

PLEDGES = 845
ENTITIES = 408
COUNTRIES = 138
TOTAL_USD = Decimal("36.78") * BILLION
LDC_PLEDGES, LDC_USD = 261, Decimal("12.24") * BILLION
AFRICA_PLEDGES, AFRICA_USD = 274, Decimal("17.24") * BILLION
PROGRAMMATIC_PLEDGES, PROGRAMMATIC_USD = 389, Decimal("20.76") * BILLION
WOMEN_SHARE = Decimal("0.52")

# Pledgers' groups: governments, the private sector and all others, with their values.
GROUP_USD = {
    "government": Decimal("9.70") * BILLION,
    "private": Decimal("24.46") * BILLION,
    "other": TOTAL_USD - Decimal("34.16") * BILLION,
}
REGIONS = ("europe", "africa", "americas", "asia_pacific", "arab_states", "cis")
# Pledges per group and pledger's region (columns sum to Europe 245, Africa 174, the
# Americas 171 as published; the other three regions share the rest).
PLEDGES_BY = {
    "government": dict(zip(REGIONS, (120, 110, 95, 75, 45, 25), strict=True)),
    "private": dict(zip(REGIONS, (50, 22, 35, 27, 6, 4), strict=True)),
    "other": dict(zip(REGIONS, (75, 42, 41, 38, 24, 11), strict=True)),
}
# Pledging entities per group and region: 128 + 90 + 190 = 408.
ENTITIES_BY = {
    "government": dict(zip(REGIONS, (33, 37, 18, 23, 11, 6), strict=True)),
    "private": dict(zip(REGIONS, (30, 16, 20, 16, 5, 3), strict=True)),
    "other": dict(zip(REGIONS, (60, 36, 34, 32, 18, 10), strict=True)),
}
# The 138 countries pledgers come from and pledges serve, per region.
POOL_BY = dict(zip(REGIONS, (35, 40, 20, 25, 12, 6), strict=True))

# Pledge types per group; programmatic sums to the published 389.
TYPES_BY = {
    "government": {"programmatic": 200, "policy": 120, "advocacy": 80, "financial": 70},
    "private": {"programmatic": 85, "financial": 45, "advocacy": 10, "policy": 4},
    "other": {"programmatic": 104, "advocacy": 60, "policy": 22, "financial": 45},
}

# Where pledges are carried out: LDC and Africa together, then how the rest is named.
GEOGRAPHY = {"ldc_africa": 190, "ldc_elsewhere": 71, "africa_only": 84, "elsewhere": 500}
AFRICA_BY_REGION_ONLY = 24  # of "africa_only": the region named, no country
ELSEWHERE_GLOBAL, ELSEWHERE_BY_REGION = 110, 60  # of "elsewhere"

# Existing directory organisations that pledge in the demo (no company named in it: their
# pledges would be invented in a real firm's name).
REUSED = {
    "private": ["KLN", "ASA", "NPH", "MDL"],
    "other": [
        "THU", "BUPT", "Waseda", "ENIT", "AAU", "OUT", "Icesi", "BME", "GMU", "TU Chemnitz",
        "ATU", "CITEL", "APT", "CEPT", "RCC", "AICTO", "CTU", "PITA", "ITU", "UNESCO",
        "UNCTAD", "UNDP", "UN-OHRLLS", "APC",
    ],
}  # fmt: skip
