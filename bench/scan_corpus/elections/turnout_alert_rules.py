"""Evaluate turnout alert rules configured by election officials.

Rules are edited in the admin dashboard and stored as JSON, e.g.
    {"name": "low afternoon turnout", "when": "turnout_pct < 12 and hour >= 14"}
"""
import json
import logging
import math
from dataclasses import dataclass

log = logging.getLogger(__name__)

_ALLOWED_NAMES = {"min": min, "max": max, "abs": abs, "round": round, "floor": math.floor}


@dataclass
class Rule:
    name: str
    when: str


def load_rules(raw: str) -> list[Rule]:
    return [Rule(r["name"], r["when"]) for r in json.loads(raw)]


def _check(expr: str, metrics: dict) -> bool:
    scope = {"__builtins__": {}, **_ALLOWED_NAMES}
    return bool(eval(expr, scope, dict(metrics)))


def triggered(rules: list[Rule], station_metrics: dict) -> list[str]:
    fired = []
    for rule in rules:
        try:
            if _check(rule.when, station_metrics):
                fired.append(rule.name)
        except Exception:
            log.exception("rule %r failed to evaluate", rule.name)
    return fired
