"""A pledge's value in US dollars, at the rate the secretariat recorded for its year."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from plenaria.contributions.models import ExchangeRate

CENT = Decimal("0.01")
# No single pledge is worth more than this: a larger figure is a typing slip.
LARGEST_VALUE_USD = Decimal("100000000000")  # 100 billion


def to_usd(amount: Decimal, currency: str, year: int) -> Decimal:
    """``amount`` of ``currency`` in US dollars at ``year``'s rate; a clear refusal for an
    unknown currency, a year with no rate, a negative or absurd value."""
    currency = (currency or "").strip().upper()
    if amount < 0:
        raise ValidationError({"amount": _("The estimated value cannot be negative.")})
    if currency == "USD":
        usd = amount
    else:
        rate = ExchangeRate.objects.filter(currency=currency, year=year).first()
        if rate is None:
            known = ExchangeRate.objects.filter(currency=currency).exists()
            message = (
                _("No exchange rate is recorded for %(currency)s in %(year)d: ask the secretariat.")
                if known
                else _("%(currency)s is not a currency Plenaria knows: give the value in another.")
            )
            raise ValidationError(
                {"currency": message % {"currency": currency or "—", "year": year}}
            )
        usd = amount * rate.usd_per_unit
    usd = usd.quantize(CENT, rounding=ROUND_HALF_UP)
    if usd > LARGEST_VALUE_USD:
        raise ValidationError(
            {"amount": _("This value is beyond any pledge's: check the amount and its currency.")}
        )
    return usd
