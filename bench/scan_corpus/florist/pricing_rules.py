"""Seasonal surcharge rules for bouquets.

Shop managers upload a CSV of rules from the partner portal, e.g.

    sku_prefix,condition,surcharge
    ROSE-,month == 2 and day <= 14,0.35
    LILY-,weekday in (5, 6),0.10

The condition column is a small expression over the order date.
"""
import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass
class SurchargeRule:
    sku_prefix: str
    condition: str
    surcharge: Decimal


class RuleBook:
    allowed_names = ("month", "day", "weekday", "year")

    def __init__(self, rules: list[SurchargeRule]):
        self.rules = rules

    @classmethod
    def from_upload(cls, file_bytes: bytes) -> "RuleBook":
        reader = csv.DictReader(io.StringIO(file_bytes.decode("utf-8")))
        rules = [
            SurchargeRule(r["sku_prefix"], r["condition"].strip(), Decimal(r["surcharge"]))
            for r in reader
        ]
        return cls(rules)

    def _context(self, delivery: date) -> dict:
        values = (delivery.month, delivery.day, delivery.weekday(), delivery.year)
        return dict(zip(self.allowed_names, values))

    def _matches(self, rule: SurchargeRule, delivery: date) -> bool:
        return bool(eval(rule.condition, {"__builtins__": {}}, self._context(delivery)))

    def price(self, sku: str, base: Decimal, delivery: date) -> Decimal:
        factor = Decimal("1")
        for rule in self.rules:
            if sku.startswith(rule.sku_prefix) and self._matches(rule, delivery):
                factor += rule.surcharge
        return (base * factor).quantize(Decimal("0.01"))
