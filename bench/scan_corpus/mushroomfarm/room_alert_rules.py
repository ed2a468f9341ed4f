"""Custom alert rules that growers define for their rooms in the staff portal."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, jsonify, request

bp = Blueprint("alert_rules", __name__, url_prefix="/rooms")

RULES: dict[str, list["AlertRule"]] = {}


@dataclass
class AlertRule:
    name: str
    expression: str
    severity: str = "warning"
    helpers: dict[str, Any] = field(
        default_factory=lambda: {"abs": abs, "min": min, "max": max, "sqrt": math.sqrt}
    )

    def triggered(self, readings: dict[str, float]) -> bool:
        scope = {"__builtins__": {}, **self.helpers}
        return bool(eval(self.expression, scope, dict(readings)))


@bp.post("/<room>/rules")
def add_rule(room: str):
    body = request.get_json(force=True)
    rule = AlertRule(
        name=body["name"],
        expression=body["expression"],
        severity=body.get("severity", "warning"),
    )
    RULES.setdefault(room, []).append(rule)
    return jsonify({"room": room, "rules": [r.name for r in RULES[room]]}), 201


@bp.post("/<room>/evaluate")
def evaluate(room: str):
    readings = {k: float(v) for k, v in request.get_json(force=True).items()}
    fired = [
        {"rule": r.name, "severity": r.severity}
        for r in RULES.get(room, [])
        if r.triggered(readings)
    ]
    return jsonify({"room": room, "alerts": fired})
