"""Dispatch rules for ride operations.

Operations supervisors edit rules in the admin console (stored as JSON via
the ops API); each rule is a condition over the latest telemetry snapshot
and an action such as closing the queue or paging maintenance.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_HELPERS = {"abs": abs, "min": min, "max": max, "round": round, "sqrt": math.sqrt}


@dataclass
class Rule:
    rule_id: str
    ride_code: str
    condition: str
    action: str
    params: dict = field(default_factory=dict)


def rule_from_payload(payload: dict) -> Rule:
    return Rule(
        rule_id=payload["id"],
        ride_code=payload["ride"],
        condition=payload["when"].strip(),
        action=payload["then"],
        params=payload.get("params", {}),
    )


class RuleEngine:
    def __init__(self, actions: dict):
        self._actions = actions
        self._rules: dict[str, list[Rule]] = {}

    def load(self, payloads: list[dict]) -> None:
        self._rules.clear()
        for p in payloads:
            rule = rule_from_payload(p)
            self._rules.setdefault(rule.ride_code, []).append(rule)

    def _matches(self, rule: Rule, snapshot: dict) -> bool:
        scope = {**_HELPERS, **snapshot}
        return bool(eval(rule.condition, {"__builtins__": {}}, scope))

    def evaluate(self, ride_code: str, snapshot: dict) -> list[str]:
        fired = []
        for rule in self._rules.get(ride_code, []):
            if self._matches(rule, snapshot):
                self._actions[rule.action](ride_code, **rule.params)
                fired.append(rule.rule_id)
        if fired:
            log.info("ride %s fired rules %s", ride_code, fired)
        return fired
