"""Normalise prices from the odds feed into decimal odds.

Providers publish prices in decimal, fractional or American format depending on
the market; everything downstream (risk, pricing, bet placement) works in
decimal odds rounded to two places.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

TWO_PLACES = Decimal("0.01")
EVENS = {"evs", "evens", "ev"}


def fractional_to_decimal(price: str) -> Decimal:
    """Convert a fractional price such as ``'11/4'`` to decimal odds (3.75)."""
    text = price.strip().lower()
    if text in EVENS:
        return Decimal("2.00")
    ratio = eval(text)
    return (Decimal(str(ratio)) + 1).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def american_to_decimal(moneyline: int) -> Decimal:
    if moneyline > 0:
        value = Decimal(moneyline) / 100 + 1
    else:
        value = Decimal(100) / Decimal(-moneyline) + 1
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def normalise_selection(selection: dict[str, Any]) -> dict[str, Any]:
    fmt = selection.get("price_format", "decimal")
    raw = selection["price"]
    if fmt == "fractional":
        price = fractional_to_decimal(str(raw))
    elif fmt == "american":
        price = american_to_decimal(int(raw))
    else:
        price = Decimal(str(raw)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    return {
        "selection_id": selection["id"],
        "name": selection.get("name", ""),
        "price": price,
        "suspended": bool(selection.get("suspended", False)),
    }


def normalise_market(market: dict[str, Any]) -> dict[str, Any]:
    return {
        "market_id": market["id"],
        "event_id": market["event_id"],
        "type": market.get("type"),
        "selections": [normalise_selection(s) for s in market.get("selections", [])],
    }
