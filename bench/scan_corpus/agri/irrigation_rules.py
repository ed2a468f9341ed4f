"""Zone scheduler for drip and pivot irrigation.

Farm managers define per-zone rules in the web UI, for example
``soil_vwc < 22 and rain_forecast_mm < 3``. Every 15 minutes the scheduler
pulls the latest readings for each zone and opens valves whose rule matches.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

MIN_GAP = timedelta(hours=6)


@dataclass
class ZoneRule:
    zone_id: int
    expression: str
    duration_min: int
    enabled: bool = True


@dataclass
class ZoneState:
    zone_id: int
    last_run: datetime | None


def rule_matches(rule: ZoneRule, readings: dict[str, float]) -> bool:
    env = {"__builtins__": {}}
    return bool(eval(rule.expression, env, dict(readings)))


def due_zones(rules, states, readings_by_zone, now=None):
    now = now or datetime.now(timezone.utc)
    state_by_zone = {s.zone_id: s for s in states}
    due = []
    for rule in rules:
        if not rule.enabled:
            continue
        state = state_by_zone.get(rule.zone_id)
        if state and state.last_run and now - state.last_run < MIN_GAP:
            continue
        readings = readings_by_zone.get(rule.zone_id)
        if not readings:
            log.warning("zone %s has no fresh readings, skipping", rule.zone_id)
            continue
        try:
            if rule_matches(rule, readings):
                due.append((rule.zone_id, rule.duration_min))
        except (NameError, TypeError, ZeroDivisionError) as exc:
            log.warning("zone %s rule failed: %s", rule.zone_id, exc)
    return due


def run_cycle(repo, valves):
    rules = repo.load_rules()
    states = repo.load_states()
    readings = repo.latest_readings(max_age=timedelta(minutes=45))
    for zone_id, minutes in due_zones(rules, states, readings):
        valves.open(zone_id, minutes=minutes)
        repo.mark_run(zone_id, datetime.now(timezone.utc))
