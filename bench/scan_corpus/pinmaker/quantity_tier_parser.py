"""Parse quantity price breaks pasted from the factory's price list.

The factory e-mails its price breaks as a Python-style literal, e.g.
``{100: 1.45, 250: 1.10, 500: 0.85, 1000: 0.62}``; the buyer pastes it into
the supplier form and we store the parsed tiers.
"""
import ast
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal


class TierFormatError(ValueError):
    pass


@dataclass(frozen=True)
class PriceTier:
    min_qty: int
    unit_price: Decimal


def parse_tiers(text: str) -> list[PriceTier]:
    try:
        raw = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise TierFormatError(f"could not read price breaks: {exc}") from exc
    if not isinstance(raw, dict) or not raw:
        raise TierFormatError("price breaks must be a non-empty {qty: price} mapping")
    tiers = []
    for qty, price in raw.items():
        if not isinstance(qty, int) or qty <= 0:
            raise TierFormatError(f"quantity {qty!r} is not a positive whole number")
        if not isinstance(price, (int, float)) or price <= 0:
            raise TierFormatError(f"unit price {price!r} for {qty} is not a positive number")
        tiers.append(PriceTier(qty, Decimal(str(price))))
    return sorted(tiers, key=lambda t: t.min_qty)


def unit_price_for(tiers: list[PriceTier], qty: int) -> Decimal:
    breaks = [t.min_qty for t in tiers]
    idx = bisect_right(breaks, qty) - 1
    if idx < 0:
        raise TierFormatError(f"minimum order is {tiers[0].min_qty} pins")
    return tiers[idx].unit_price


def landed_cost(tiers: list[PriceTier], qty: int, freight: Decimal,
                duty_rate: Decimal = Decimal("0.04")) -> Decimal:
    goods = unit_price_for(tiers, qty) * qty
    return (goods * (1 + duty_rate) + freight).quantize(Decimal("0.01"))
