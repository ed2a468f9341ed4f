"""Automatic start/stop rules for the snowmaking fan guns.

Snowmaking operators maintain rules per zone in the ops dashboard, e.g.

    wet_bulb <= -2.5 and humidity < 85 and wind_speed < 8

Every minute the controller loop evaluates each zone's rules against the
latest weather-station readings and queues start/stop commands.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Mapping

log = logging.getLogger("snowmaking.rules")

READING_FIELDS = ("wet_bulb", "dry_bulb", "humidity", "wind_speed", "water_temp", "line_pressure")


@dataclass
class ZoneRule:
    zone: str
    expression: str
    action: str  # "start" or "stop"
    priority: int = 100
    enabled: bool = True


@dataclass
class Command:
    zone: str
    action: str
    rule: str
    issued_at: datetime


def _readings_namespace(readings: Mapping[str, float]) -> dict:
    missing = [f for f in READING_FIELDS if f not in readings]
    if missing:
        raise KeyError(f"weather station readings incomplete: {', '.join(missing)}")
    return {name: float(readings[name]) for name in READING_FIELDS}


def rule_matches(rule: ZoneRule, readings: Mapping[str, float]) -> bool:
    namespace = _readings_namespace(readings)
    return bool(eval(rule.expression, {"__builtins__": {}}, namespace))


def evaluate_zone(zone: str, rules: Iterable[ZoneRule], readings: Mapping[str, float]) -> Command | None:
    """Return the command of the highest-priority matching rule, if any."""
    for rule in sorted((r for r in rules if r.enabled and r.zone == zone), key=lambda r: r.priority):
        try:
            if rule_matches(rule, readings):
                return Command(zone, rule.action, rule.expression, datetime.now(timezone.utc))
        except (SyntaxError, NameError, TypeError) as exc:
            log.warning("rule %r for zone %s failed: %s", rule.expression, zone, exc)
    return None


def evaluate_all(rules: list[ZoneRule], readings_by_zone: Mapping[str, Mapping[str, float]]) -> list[Command]:
    commands = []
    for zone, readings in readings_by_zone.items():
        cmd = evaluate_zone(zone, rules, readings)
        if cmd is not None:
            commands.append(cmd)
    return commands
