"""Exchange rates for the demonstration: US dollars per unit, one per currency and year.

Illustrative figures of the order of each year's average, rounded; not an official source.
The secretariat records its own rates; these only let the demo's values be converted.
"""

from decimal import Decimal

YEARS = range(2021, 2027)

# currency: USD per unit for 2021, 2022, 2023, 2024, 2025, 2026
RATES = {
    "EUR": ("1.183", "1.053", "1.081", "1.082", "1.130", "1.160"),
    "GBP": ("1.376", "1.237", "1.244", "1.278", "1.320", "1.330"),
    "CHF": ("1.094", "1.047", "1.113", "1.136", "1.200", "1.240"),
    "JPY": ("0.00911", "0.00763", "0.00713", "0.00661", "0.00670", "0.00660"),
    "CNY": ("0.155", "0.149", "0.141", "0.139", "0.139", "0.140"),
    "INR": ("0.01352", "0.01272", "0.01210", "0.01197", "0.01160", "0.01130"),
    "BRL": ("0.1854", "0.1938", "0.2003", "0.1857", "0.1780", "0.1800"),
    "ZAR": ("0.0677", "0.0611", "0.0543", "0.0546", "0.0550", "0.0560"),
    "KES": ("0.00915", "0.00855", "0.00720", "0.00763", "0.00774", "0.00775"),
    "XOF": ("0.001803", "0.001605", "0.001648", "0.001650", "0.001720", "0.001770"),
    "SAR": ("0.2667", "0.2667", "0.2667", "0.2667", "0.2667", "0.2667"),
    "AED": ("0.2723", "0.2723", "0.2723", "0.2723", "0.2723", "0.2723"),
    "RUB": ("0.01358", "0.01457", "0.01178", "0.01083", "0.01200", "0.01250"),
}

EURO_AREA = {
    "AT",
    "BE",
    "CY",
    "DE",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PT",
    "SI",
    "SK",
}
WEST_AFRICAN_FRANC = {"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"}
OWN_CURRENCY = {
    "GB": "GBP",
    "CH": "CHF",
    "JP": "JPY",
    "CN": "CNY",
    "IN": "INR",
    "BR": "BRL",
    "ZA": "ZAR",
    "KE": "KES",
    "SA": "SAR",
    "AE": "AED",
    "RU": "RUB",
}


def currency_of(country: str) -> str:
    """The currency a pledger of ``country`` would most likely state its value in."""
    if country in EURO_AREA:
        return "EUR"
    if country in WEST_AFRICAN_FRANC:
        return "XOF"
    return OWN_CURRENCY.get(country, "USD")


def rate_table() -> dict[tuple[str, int], Decimal]:
    return {
        (currency, year): Decimal(value)
        for currency, values in RATES.items()
        for year, value in zip(YEARS, values, strict=True)
    }
