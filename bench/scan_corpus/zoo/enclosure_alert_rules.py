"""Alert rules for enclosure sensors, editable by the curators.

Curators post rules from the admin UI, e.g.

    {"enclosure": "reptile-house", "expression": "temp_c < 24 or humidity > 85",
     "severity": "page"}

and the evaluator runs every rule against the latest readings.
"""

import logging
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

from sensors.store import latest_readings, save_rule, rules_for
from sensors.notify import raise_alert

bp = Blueprint("alert_rules", __name__)
log = logging.getLogger(__name__)


@dataclass
class Rule:
    enclosure: str
    expression: str
    severity: str = "warn"


def rule_fires(rule: Rule, readings: dict[str, float]) -> bool:
    return bool(eval(rule.expression, {"__builtins__": {}}, dict(readings)))


@bp.post("/enclosures/<enclosure>/rules")
def add_rule(enclosure: str):
    payload = request.get_json(force=True)
    rule = Rule(enclosure=enclosure, expression=payload["expression"],
                severity=payload.get("severity", "warn"))
    readings = latest_readings(enclosure)
    fired = rule_fires(rule, readings)
    save_rule(rule)
    return jsonify({"saved": True, "fires_now": fired}), 201


def evaluate_all(enclosure: str) -> int:
    readings = latest_readings(enclosure)
    count = 0
    for rule in rules_for(enclosure):
        if rule_fires(rule, readings):
            raise_alert(enclosure, rule.severity, rule.expression, readings)
            count += 1
    log.debug("%d rules fired for %s", count, enclosure)
    return count
