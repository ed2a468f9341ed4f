"""Configurable wind-hold rules edited by the duty manager in the control-room console."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

from flask import Blueprint, jsonify, request

bp = Blueprint("wind_rules", __name__, url_prefix="/api/wind-rules")

RULE_HELPERS = {"min": min, "max": max, "abs": abs, "hypot": math.hypot}


@dataclass
class WindRule:
    name: str
    condition: str
    action: str = "hold"
    priority: int = 100


@dataclass
class RuleBook:
    rules: list[WindRule] = field(default_factory=list)

    def add(self, rule: WindRule) -> None:
        self.rules.append(rule)
        self.rules.sort(key=lambda r: r.priority)


def _scope(reading: Mapping[str, float]) -> dict:
    scope = dict(RULE_HELPERS)
    scope.update(reading)
    return scope


def evaluate(book: RuleBook, reading: Mapping[str, float]) -> str:
    """Return the action of the first matching rule, or ``run``."""
    for rule in book.rules:
        if eval(rule.condition, {"__builtins__": {}}, _scope(reading)):
            return rule.action
    return "run"


BOOK = RuleBook(
    rules=[
        WindRule("gust hard limit", "gust_kmh >= 90", "stop", priority=10),
        WindRule("crosswind tower 7", "abs(cross_kmh) > 55", "slow", priority=50),
    ]
)


@bp.post("")
def create_rule():
    body = request.get_json(force=True)
    rule = WindRule(
        name=str(body["name"])[:80],
        condition=str(body["condition"]),
        action=body.get("action", "hold"),
        priority=int(body.get("priority", 100)),
    )
    if rule.action not in {"run", "slow", "hold", "stop"}:
        return jsonify(error="unknown action"), 400
    BOOK.add(rule)
    return jsonify(count=len(BOOK.rules)), 201


@bp.post("/dry-run")
def dry_run():
    reading = {k: float(v) for k, v in request.get_json(force=True).items()}
    return jsonify(action=evaluate(BOOK, reading))
