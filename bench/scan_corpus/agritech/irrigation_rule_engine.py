"""Evaluate grower-defined irrigation rules against the latest probe readings.

Rules are authored in the web app's "Automations" screen, e.g.

    soil_moisture_30cm < 18 and forecast_rain_mm < 2

and stored as plain strings on the ``IrrigationRule`` model.
"""
import logging
import math
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_ALLOWED_HELPERS = {"min": min, "max": max, "abs": abs, "round": round, "sqrt": math.sqrt}


@dataclass
class IrrigationRule:
    id: int
    zone_id: int
    condition: str
    run_minutes: int
    enabled: bool = True
    tags: list[str] = field(default_factory=list)


class RuleEngine:
    def __init__(self, helpers: dict | None = None):
        self.helpers = dict(_ALLOWED_HELPERS, **(helpers or {}))

    def _namespace(self) -> dict:
        return {"__builtins__": {}, **self.helpers}

    def should_fire(self, rule: IrrigationRule, readings: dict[str, float]) -> bool:
        if not rule.enabled:
            return False
        try:
            return bool(eval(rule.condition, self._namespace(), dict(readings)))
        except (NameError, TypeError, ZeroDivisionError) as exc:
            log.warning("rule %s could not be evaluated: %s", rule.id, exc)
            return False

    def due_runs(self, rules: list[IrrigationRule], readings_by_zone: dict[int, dict]) -> list[tuple[int, int]]:
        runs = []
        for rule in rules:
            readings = readings_by_zone.get(rule.zone_id)
            if readings and self.should_fire(rule, readings):
                runs.append((rule.zone_id, rule.run_minutes))
        return runs
