"""Fare rule tables for the fare engine.

The fares team maintains concession and capping rules in a spreadsheet and
uploads it as CSV through the back-office. Each row has a condition over the
journey context and the price or discount that applies when it matches.
"""
import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, jsonify, request

bp = Blueprint("fare_rules", __name__, url_prefix="/backoffice/fare-rules")

CONTEXT_FIELDS = ("age", "zones", "mode", "hour", "weekday", "concession", "taps_today")


@dataclass
class FareRule:
    name: str
    condition: str
    price_pence: int
    priority: int

    def matches(self, context: dict) -> bool:
        scope = {k: context.get(k) for k in CONTEXT_FIELDS}
        return bool(eval(self.condition, {"__builtins__": {}}, scope))


def parse_rules(text: str) -> list[FareRule]:
    rules = []
    for row in csv.DictReader(io.StringIO(text)):
        rules.append(FareRule(
            name=row["name"].strip(),
            condition=row["condition"].strip(),
            price_pence=int(Decimal(row["price"]) * 100),
            priority=int(row.get("priority") or 100),
        ))
    return sorted(rules, key=lambda r: r.priority)


def price_for(rules: list[FareRule], context: dict) -> int | None:
    for rule in rules:
        if rule.matches(context):
            return rule.price_pence
    return None


@bp.post("/preview")
def preview():
    upload = request.files["rules"]
    rules = parse_rules(upload.read().decode("utf-8-sig"))
    sample = request.form.to_dict()
    context = {k: int(v) if v.isdigit() else v for k, v in sample.items()}
    return jsonify(rule_count=len(rules), price_pence=price_for(rules, context))
