"""Computes milk quality bonuses and penalties per delivery.

The payments board edits bonus rules in the admin console; each rule is
an expression over lab results (fat, protein, SCC, bactoscan) that
yields cents per litre added to or removed from the base milk price.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class LabResult:
    fat_pct: float
    protein_pct: float
    scc_k: int
    bactoscan_k: int


@dataclass
class BonusRule:
    name: str
    expression: str
    cap_cents: float = 5.0


@dataclass
class RuleBook:
    rules: list[BonusRule] = field(default_factory=list)
    helpers: dict = field(default_factory=lambda: {"min": min, "max": max, "log": math.log})

    def _evaluate(self, rule: BonusRule, result: LabResult) -> float:
        scope = dict(self.helpers)
        scope.update(vars(result))
        value = eval(rule.expression, {"__builtins__": {}}, scope)
        return max(-rule.cap_cents, min(rule.cap_cents, float(value)))

    def cents_per_litre(self, result: LabResult) -> dict[str, float]:
        return {rule.name: round(self._evaluate(rule, result), 3) for rule in self.rules}


BOOK = RuleBook([
    BonusRule("fat", "(fat_pct - 4.0) * 2.5"),
    BonusRule("protein", "(protein_pct - 3.3) * 4.0"),
    BonusRule("scc", "-1.5 if scc_k > 250 else 0.5"),
])


@app.post("/admin/bonus-rules/preview")
def preview_rule():
    body = request.get_json()
    rule = BonusRule(body["name"], body["expression"], float(body.get("cap_cents", 5.0)))
    sample = LabResult(**body["sample"])
    trial = RuleBook([rule])
    return jsonify(rule=rule.name, cents=trial.cents_per_litre(sample)[rule.name])


@app.post("/deliveries/bonus")
def delivery_bonus():
    result = LabResult(**request.get_json()["lab"])
    parts = BOOK.cents_per_litre(result)
    return jsonify(parts=parts, total=round(sum(parts.values()), 3))
