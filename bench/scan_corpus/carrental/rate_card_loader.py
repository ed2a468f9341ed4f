"""Loads franchisee rate cards uploaded through the portal.

Rate cards are YAML documents listing daily rates per ACRISS category and
season, plus optional extras (child seat, additional driver, GPS).
"""
from __future__ import annotations

from decimal import Decimal
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_KEYS = {"franchise_id", "currency", "valid_from", "rates"}


class RateCardError(ValueError):
    pass


def load_rate_card(stream: IO[str]) -> dict:
    document = yaml.load(stream, Loader=_Loader)
    if not isinstance(document, dict):
        raise RateCardError("rate card must be a mapping")
    missing = REQUIRED_KEYS - document.keys()
    if missing:
        raise RateCardError(f"rate card is missing {', '.join(sorted(missing))}")

    rates = {}
    for category, seasons in document["rates"].items():
        if len(category) != 4:
            raise RateCardError(f"invalid ACRISS code {category!r}")
        rates[category.upper()] = {season: Decimal(str(amount)) for season, amount in seasons.items()}

    return {
        "franchise_id": str(document["franchise_id"]),
        "currency": document["currency"].upper(),
        "valid_from": document["valid_from"],
        "rates": rates,
        "extras": {k: Decimal(str(v)) for k, v in document.get("extras", {}).items()},
    }
