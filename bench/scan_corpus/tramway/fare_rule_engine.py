"""Evaluates fare-adjustment rules maintained by the revenue team.

Rules are uploaded as JSON from the fares admin screen, e.g.
    {"name": "student off-peak", "when": "concession == 'student' and hour >= 9",
     "multiplier": 0.5}
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class FareRule:
    name: str
    when: str
    multiplier: Decimal

    def applies(self, context: Dict[str, Any]) -> bool:
        code = compile(self.when, f"<rule {self.name}>", "eval")
        return bool(eval(code, {"__builtins__": {}}, dict(context)))


class RuleSet:
    def __init__(self, rules: List[FareRule]) -> None:
        self.rules = rules

    @classmethod
    def from_json(cls, raw: str) -> "RuleSet":
        items = json.loads(raw)
        return cls([FareRule(i["name"], i["when"], Decimal(str(i["multiplier"]))) for i in items])

    def price(self, base: Decimal, context: Dict[str, Any]) -> Decimal:
        price = base
        for rule in self.rules:
            if rule.applies(context):
                price *= rule.multiplier
        return price.quantize(Decimal("0.01"))


ACTIVE = RuleSet([])


@app.put("/admin/fare-rules")
def upload_rules():
    global ACTIVE
    ACTIVE = RuleSet.from_json(request.get_data(as_text=True))
    return jsonify({"rules": [r.name for r in ACTIVE.rules]})


@app.post("/fares/quote")
def quote():
    body = request.get_json(force=True)
    now = datetime.now()
    context = {"concession": body.get("concession", "adult"), "zones": body.get("zones", 1),
               "hour": now.hour, "weekday": now.weekday()}
    price = ACTIVE.price(Decimal(str(body["base_price"])), context)
    return jsonify({"price": str(price)})
