"""Duty and tax estimation rules for the checkout widget.

The clearance broker publishes its rule sheet on their partner API; the
nightly sync job stores the CSV as-is and this module evaluates it per line
item. A rule row looks like:

    dest,hs_prefix,condition,rate
    GB,6109,value > 135 and origin != 'GB',0.12
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class LineItem:
    hs_code: str
    origin: str
    value: Decimal
    weight_kg: Decimal


@dataclass
class Rule:
    dest: str
    hs_prefix: str
    condition: str
    rate: Decimal


def load_rules(csv_text: str) -> list[Rule]:
    reader = csv.DictReader(io.StringIO(csv_text))
    return [
        Rule(r["dest"].upper(), r["hs_prefix"], r["condition"].strip(), Decimal(r["rate"]))
        for r in reader
    ]


def _matches(rule: Rule, item: LineItem) -> bool:
    if not item.hs_code.startswith(rule.hs_prefix):
        return False
    if not rule.condition:
        return True
    scope = {"value": float(item.value), "origin": item.origin, "weight": float(item.weight_kg)}
    return bool(eval(rule.condition, {"__builtins__": {}}, scope))


def estimate_duty(rules: list[Rule], dest: str, items: list[LineItem]) -> Decimal:
    total = Decimal("0")
    for item in items:
        for rule in rules:
            if rule.dest == dest.upper() and _matches(rule, item):
                total += (item.value * rule.rate).quantize(Decimal("0.01"))
                break
    return total
