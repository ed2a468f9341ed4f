"""Derived alarm rules for the well field.

Reservoir engineers maintain rule files in the contractor/engineering portal,
e.g.

    - name: scaling_risk_wk24
      when: "wht_c > 245 and whp_bar < 0.9 * design_whp"
      severity: high

The portal stores the uploaded YAML in the rules bucket; this module loads it
and evaluates each rule against the latest readings for a well.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import yaml

log = logging.getLogger(__name__)

_ALLOWED_NAMES = {"abs": abs, "min": min, "max": max, "round": round}


@dataclass
class AlarmRule:
    name: str
    when: str
    severity: str = "medium"


def load_rules(raw_yaml: str) -> list[AlarmRule]:
    return [AlarmRule(**item) for item in yaml.safe_load(raw_yaml) or []]


def _matches(rule: AlarmRule, readings: dict[str, float]) -> bool:
    scope = {"__builtins__": {}, **_ALLOWED_NAMES}
    return bool(eval(rule.when, scope, dict(readings)))


def evaluate(rules: list[AlarmRule], well_id: str, readings: dict[str, float]) -> list[tuple[str, str]]:
    raised = []
    for rule in rules:
        try:
            if _matches(rule, readings):
                raised.append((rule.name, rule.severity))
        except (NameError, TypeError, ZeroDivisionError) as exc:
            log.warning("rule %s could not be evaluated for %s: %s", rule.name, well_id, exc)
    return raised
