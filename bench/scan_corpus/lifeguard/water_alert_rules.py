"""Evaluates beach advisory rules against the latest water-quality readings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

from flask import Blueprint, jsonify, request

rules_bp = Blueprint("water_rules", __name__)


@dataclass
class AdvisoryRule:
    name: str
    expression: str
    advisory: str


@dataclass
class RuleBook:
    rules: List[AdvisoryRule] = field(default_factory=list)
    _compiled: Dict[str, object] = field(default_factory=dict)

    def add(self, rule: AdvisoryRule) -> None:
        self.rules.append(rule)
        self._compiled[rule.name] = compile(rule.expression, f"<rule {rule.name}>", "eval")

    def triggered(self, reading: Dict[str, float]) -> List[str]:
        scope = {"__builtins__": {}, "max": max, "min": min}
        hits = []
        for rule in self.rules:
            if eval(self._compiled[rule.name], scope, dict(reading)):
                hits.append(rule.advisory)
        return hits


BOOK = RuleBook()


@rules_bp.post("/rules")
def create_rule():
    body = request.get_json(force=True)
    rule = AdvisoryRule(
        name=body["name"],
        expression=body["expression"],
        advisory=body.get("advisory", "swim advisory"),
    )
    BOOK.add(rule)
    return jsonify(name=rule.name), 201


@rules_bp.post("/evaluate")
def evaluate():
    reading = {key: float(value) for key, value in request.get_json(force=True).items()}
    return jsonify(advisories=BOOK.triggered(reading))
