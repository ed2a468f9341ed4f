"""Discount and easement rules applied on top of the base fare.

The commercial team maintain rules in a spreadsheet which is imported through
the back-office; each row has a code, a condition and a percentage adjustment.
Example condition: ``railcard == "16-25" and departure_hour >= 10``.
"""
import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, jsonify, request

from backoffice.auth import role_required
from backoffice.db import save_rules

bp = Blueprint("fare_rules", __name__)


@dataclass
class FareRule:
    code: str
    condition: str
    adjustment_pct: Decimal

    def applies_to(self, journey: dict) -> bool:
        return bool(eval(self.condition, {"__builtins__": {}}, dict(journey)))


def rules_from_csv(text: str) -> list[FareRule]:
    reader = csv.DictReader(io.StringIO(text))
    return [
        FareRule(row["code"].strip(), row["condition"].strip(), Decimal(row["adjustment_pct"]))
        for row in reader
        if row.get("code")
    ]


def price(base_pence: int, journey: dict, rules: list[FareRule]) -> int:
    total = Decimal(base_pence)
    for rule in rules:
        if rule.applies_to(journey):
            total += total * rule.adjustment_pct / 100
    return int(total.quantize(Decimal("1")))


@bp.post("/fare-rules/preview")
@role_required("commercial")
def preview():
    rules = rules_from_csv(request.files["rules"].read().decode("utf-8"))
    sample = request.form.to_dict()
    sample["departure_hour"] = int(sample.get("departure_hour", 9))
    return jsonify({"pence": price(int(sample.pop("base_pence", 1000)), sample, rules)})


@bp.post("/fare-rules/import")
@role_required("commercial")
def import_rules():
    rules = rules_from_csv(request.files["rules"].read().decode("utf-8"))
    save_rules(rules)
    return jsonify({"imported": len(rules)})
