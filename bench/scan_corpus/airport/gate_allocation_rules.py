"""Constraint rules for the gate allocation engine.

Station managers maintain per-airline rules in the ops portal, e.g.

    aircraft.wingspan <= 36 and flight.pax_expected < 190
    flight.origin_schengen and not gate.requires_bus

The allocator calls ``allowed_gates`` for each flight in the planning window.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from types import SimpleNamespace

log = logging.getLogger("gates.rules")


@dataclass
class Rule:
    rule_id: int
    airline: str
    description: str
    condition: str
    active: bool = True


class RuleSet:
    def __init__(self, rules: list[Rule]):
        self._rules = [r for r in rules if r.active]

    @classmethod
    def from_portal(cls, api, airline: str) -> "RuleSet":
        rows = api.get(f"/airlines/{airline}/gate-rules").json()
        return cls([Rule(**row) for row in rows])

    def _evaluate(self, rule: Rule, flight, aircraft, gate) -> bool:
        ctx = {"flight": flight, "aircraft": aircraft, "gate": gate}
        try:
            return bool(eval(rule.condition, {"__builtins__": {}}, ctx))
        except Exception:
            log.exception("rule %s failed to evaluate", rule.rule_id)
            return False

    def allowed_gates(self, flight: dict, aircraft: dict, gates: list[dict]) -> list[str]:
        f, a = SimpleNamespace(**flight), SimpleNamespace(**aircraft)
        result = []
        for gate in gates:
            g = SimpleNamespace(**gate)
            if all(self._evaluate(r, f, a, g) for r in self._rules if r.airline == f.airline):
                result.append(g.code)
        return result
