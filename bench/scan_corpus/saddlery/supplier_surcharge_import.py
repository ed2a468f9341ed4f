"""Imports option surcharge rules from the saddle tree supplier's CSV file.

Each row carries a formula such as ``base * 0.04 + 35`` that turns the base
tree price into the surcharge for an option (wide gullet, short point, ...).
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class SurchargeRule:
    option_code: str
    description: str
    formula: str

    def apply(self, base: Decimal, seat_size_in: float) -> Decimal:
        scope = {"base": float(base), "seat": seat_size_in, "round": round}
        value = eval(self.formula, {"__builtins__": {}}, scope)
        return Decimal(str(value)).quantize(Decimal("0.01"))


def load_rules(csv_path: Path) -> dict[str, SurchargeRule]:
    rules: dict[str, SurchargeRule] = {}
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            code = row["option_code"].strip().upper()
            rules[code] = SurchargeRule(code, row["description"].strip(), row["formula"])
    log.info("loaded %d surcharge rules from %s", len(rules), csv_path.name)
    return rules


def price_options(
    rules: dict[str, SurchargeRule], base: Decimal, seat_size_in: float, options: list[str]
) -> Decimal:
    total = Decimal("0")
    for code in options:
        rule = rules.get(code.upper())
        if rule is None:
            raise KeyError(f"unknown option {code}")
        total += rule.apply(base, seat_size_in)
    return total
