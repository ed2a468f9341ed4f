"""Load premium rate tables that actuaries upload through the admin console.

Tables are YAML documents like::

    product: accident_illness_plus
    effective_from: 2024-04-01
    base_rates: {dog: 21.40, cat: 13.10}
    breed_factors: {french_bulldog: 1.85, labrador: 1.12}
"""
from datetime import date
from decimal import Decimal
from typing import IO

import yaml

REQUIRED_KEYS = {"product", "effective_from", "base_rates", "breed_factors"}


class RateTableError(ValueError):
    pass


def load_rate_table(stream: IO[str]) -> dict:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise RateTableError("rate table must be a mapping")
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise RateTableError(f"missing keys: {', '.join(sorted(missing))}")
    if not isinstance(doc["effective_from"], date):
        raise RateTableError("effective_from must be a date")
    return {
        "product": str(doc["product"]),
        "effective_from": doc["effective_from"],
        "base_rates": {k: Decimal(str(v)) for k, v in doc["base_rates"].items()},
        "breed_factors": {k: Decimal(str(v)) for k, v in doc["breed_factors"].items()},
    }
