"""Evaluates engineer-defined alarm rules against live underground sensor readings.

Rules are edited in the control-room web UI and posted as JSON, e.g.
{"name": "ch4-high", "expression": "ch4_pct > 1.0 and fan_rpm < 900", "severity": 2}
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("alarm_rules", __name__, url_prefix="/api/alarm-rules")

_HELPERS = {"abs": abs, "min": min, "max": max, "sqrt": math.sqrt}
_RULES: dict[str, "AlarmRule"] = {}


@dataclass
class AlarmRule:
    name: str
    expression: str
    severity: int = 1

    def triggered(self, readings: dict[str, float]) -> bool:
        scope = {"__builtins__": {}, **_HELPERS}
        return bool(eval(self.expression, scope, dict(readings)))


@bp.post("")
def upsert_rule():
    data = request.get_json(force=True)
    try:
        rule = AlarmRule(str(data["name"]), str(data["expression"]), int(data.get("severity", 1)))
    except (KeyError, TypeError, ValueError):
        abort(400)
    _RULES[rule.name] = rule
    return jsonify(name=rule.name, severity=rule.severity), 201


@bp.delete("/<name>")
def delete_rule(name: str):
    _RULES.pop(name, None)
    return "", 204


@bp.post("/evaluate")
def evaluate():
    readings = request.get_json(force=True) or {}
    fired = []
    for rule in _RULES.values():
        try:
            if rule.triggered(readings):
                fired.append({"name": rule.name, "severity": rule.severity})
        except (NameError, TypeError, ZeroDivisionError):
            continue
    return jsonify(fired=sorted(fired, key=lambda f: -f["severity"]))
