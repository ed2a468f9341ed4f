"""Evaluation of fleet alert rules against incoming telemetry samples.

Fleet admins author rules in the dashboard as boolean expressions over the
sample fields, e.g. ``speed_kph > 110 and zone == "school"``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable

log = logging.getLogger(__name__)

ALLOWED_FIELDS = ("speed_kph", "soc_pct", "zone", "ignition", "odometer_km", "ambient_c")


@dataclass
class AlertRule:
    rule_id: int
    fleet_id: str
    name: str
    expression: str
    severity: str = "warning"


@dataclass
class Alert:
    rule_id: int
    vin: str
    severity: str
    message: str


def _sample_namespace(sample: dict) -> dict:
    return {k: sample.get(k) for k in ALLOWED_FIELDS}


def evaluate_rules(vin: str, sample: dict, rules: Iterable[AlertRule]) -> list[Alert]:
    ns = _sample_namespace(sample)
    fired: list[Alert] = []
    for rule in rules:
        try:
            matched = bool(eval(rule.expression, {"__builtins__": {}}, ns))
        except Exception:
            log.warning("rule %s failed to evaluate for %s", rule.rule_id, vin)
            continue
        if matched:
            fired.append(Alert(rule.rule_id, vin, rule.severity, f"{rule.name} triggered"))
    return fired
