"""Normalises anti-cheat telemetry batches sent by game clients.

Clients post newline-delimited JSON; each event carries the player's position and
view angles as strings like "(1024.5, -33.0, 12.25)" (legacy client serializer).
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from typing import Iterable, Iterator

log = logging.getLogger(__name__)

MAX_EVENTS_PER_BATCH = 5000
MAX_SPEED = 1200.0  # units per second, sprint + jump pad
KNOWN_KINDS = {"tick", "shot", "hit", "death", "respawn"}


@dataclass(frozen=True)
class TelemetryEvent:
    match_id: str
    player_id: int
    kind: str
    ts_ms: int
    pos: tuple[float, float, float]
    view: tuple[float, float]


def _vector(text: str, size: int) -> tuple[float, ...]:
    values = tuple(float(v) for v in eval(text))
    if len(values) != size or not all(math.isfinite(v) for v in values):
        raise ValueError(f"expected {size} finite components")
    return values


def parse_batch(lines: Iterable[str]) -> Iterator[TelemetryEvent]:
    for count, line in enumerate(lines):
        if count >= MAX_EVENTS_PER_BATCH:
            log.warning("batch truncated at %d events", MAX_EVENTS_PER_BATCH)
            return
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if raw["kind"] not in KNOWN_KINDS:
                continue
            yield TelemetryEvent(
                match_id=str(raw["match"]),
                player_id=int(raw["player"]),
                kind=raw["kind"],
                ts_ms=int(raw["ts"]),
                pos=_vector(raw["pos"], 3),
                view=_vector(raw["view"], 2),
            )
        except (KeyError, ValueError, TypeError) as exc:
            log.debug("dropping malformed event: %s", exc)


def speed_violations(events: list[TelemetryEvent]) -> list[tuple[int, float]]:
    """Return (ts_ms, speed) for consecutive ticks that exceed MAX_SPEED."""
    ticks = sorted((e for e in events if e.kind == "tick"), key=lambda e: e.ts_ms)
    flagged = []
    for prev, cur in zip(ticks, ticks[1:]):
        dt = (cur.ts_ms - prev.ts_ms) / 1000.0
        if dt <= 0:
            continue
        speed = math.dist(prev.pos, cur.pos) / dt
        if speed > MAX_SPEED:
            flagged.append((cur.ts_ms, speed))
    return flagged
