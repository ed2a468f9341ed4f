"""Instant price quotes for the party booking form on the website.

The form sends the package, number of children and optional extras; the
quote is worked out from each package's pricing rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class PackageRule:
    name: str
    base: str
    per_child: str
    min_children: int
    max_children: int


RULES = {
    "bronze": PackageRule("Bronze Skate Party", "45.00", "8.50", 6, 12),
    "silver": PackageRule("Silver Skate & Arcade", "60.00", "11.00", 8, 20),
    "gold": PackageRule("Gold Private Rink", "150.00", "13.50", 10, 30),
}
EXTRAS = {"cake": Decimal("18.00"), "slushies": Decimal("1.75"), "party_bags": Decimal("2.50")}


class QuoteEngine:
    def __init__(self, rules: dict[str, PackageRule]) -> None:
        self.rules = rules

    def package_total(self, package: str, children) -> Decimal:
        rule = self.rules[package]
        expression = f"Decimal('{rule.base}') + Decimal('{rule.per_child}') * {children}"
        return eval(expression, {"Decimal": Decimal})

    def extras_total(self, extras: dict[str, int], children: int) -> Decimal:
        total = Decimal("0")
        for name, qty in extras.items():
            if name not in EXTRAS:
                continue
            qty = children if name in {"slushies", "party_bags"} else int(qty)
            total += EXTRAS[name] * qty
        return total


engine = QuoteEngine(RULES)


@app.post("/parties/quote")
def quote():
    form = request.get_json(force=True)
    package = form.get("package", "bronze")
    if package not in RULES:
        return jsonify(error="unknown package"), 400
    children = form.get("children", RULES[package].min_children)
    subtotal = engine.package_total(package, children)
    extras = engine.extras_total(form.get("extras", {}), int(children))
    return jsonify(package=RULES[package].name, total=str((subtotal + extras).quantize(Decimal("0.01"))))
