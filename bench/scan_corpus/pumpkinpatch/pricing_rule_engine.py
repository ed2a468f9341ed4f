"""Farm shop promotion rules.

The shop manager uploads a CSV of promotions from the back-office page,
one rule per row: a name, a condition and a percentage discount.  The
condition is written against the basket, e.g. ``pumpkins >= 3``.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class Basket:
    pumpkins: int = 0
    gourds: int = 0
    pies: int = 0
    hayride_tickets: int = 0
    total: Decimal = Decimal("0")

    def context(self) -> dict:
        return {
            "pumpkins": self.pumpkins,
            "gourds": self.gourds,
            "pies": self.pies,
            "hayride_tickets": self.hayride_tickets,
            "total": float(self.total),
        }


@dataclass
class PromotionRule:
    name: str
    condition: str
    percent_off: Decimal

    @staticmethod
    def _evaluate(expression: str, values: dict) -> bool:
        return bool(eval(expression, {"__builtins__": {}}, values))

    def applies(self, basket: Basket) -> bool:
        return self._evaluate(self.condition, basket.context())


class RuleBook:
    def __init__(self) -> None:
        self.rules: list[PromotionRule] = []

    def load_csv(self, text: str) -> int:
        reader = csv.DictReader(io.StringIO(text))
        loaded = []
        for row in reader:
            pct = Decimal(row["percent_off"])
            if not Decimal("0") < pct <= Decimal("50"):
                raise ValueError(f"discount out of range in rule {row['name']!r}")
            loaded.append(PromotionRule(row["name"].strip(), row["condition"].strip(), pct))
        self.rules = loaded
        return len(loaded)

    def best_discount(self, basket: Basket) -> Decimal:
        matching = [r.percent_off for r in self.rules if r.applies(basket)]
        return max(matching, default=Decimal("0"))


RULES = RuleBook()


@app.post("/admin/promotions")
def upload_promotions():
    upload = request.files.get("rules")
    if upload is None:
        abort(400)
    count = RULES.load_csv(upload.read().decode("utf-8"))
    return jsonify({"loaded": count})


@app.post("/till/discount")
def discount_for_basket():
    data = request.get_json(force=True)
    basket = Basket(
        pumpkins=int(data.get("pumpkins", 0)),
        gourds=int(data.get("gourds", 0)),
        pies=int(data.get("pies", 0)),
        hayride_tickets=int(data.get("hayride_tickets", 0)),
        total=Decimal(str(data.get("total", "0"))),
    )
    return jsonify({"percent_off": str(RULES.best_discount(basket))})
