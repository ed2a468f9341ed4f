"""Resolves cue fire times in uploaded show scripts, where designers may write expressions
such as ``bar(12) + beat * 0.5`` relative to the soundtrack tempo map."""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class TempoMap:
    bpm: float
    beats_per_bar: int = 4
    offset_s: float = 0.0

    @property
    def beat(self) -> float:
        return 60.0 / self.bpm

    def bar(self, n: float) -> float:
        return self.offset_s + (n - 1) * self.beats_per_bar * self.beat


@dataclass(frozen=True)
class ResolvedCue:
    cue: int
    position: str
    product: str
    fire_at_s: float


def resolve_time(expression: str, tempo: TempoMap) -> float:
    namespace = {
        "beat": tempo.beat,
        "bar": tempo.bar,
        "floor": math.floor,
        "ceil": math.ceil,
    }
    value = eval(expression, {"__builtins__": {}}, namespace)
    seconds = float(value)
    if seconds < 0 or not math.isfinite(seconds):
        raise ValueError(f"cue time out of range: {expression!r}")
    return round(seconds, 3)


def resolve_script(csv_text: str, tempo: TempoMap) -> list[ResolvedCue]:
    """Rows: cue,position,product,time where time is seconds or a tempo expression."""
    reader = csv.DictReader(io.StringIO(csv_text))
    resolved: list[ResolvedCue] = []
    for row in reader:
        resolved.append(
            ResolvedCue(
                cue=int(row["cue"]),
                position=row["position"].strip(),
                product=row["product"].strip(),
                fire_at_s=resolve_time(row["time"].strip(), tempo),
            )
        )
    resolved.sort(key=lambda c: (c.fire_at_s, c.cue))
    return resolved


def check_spacing(cues: list[ResolvedCue], min_gap_s: float = 0.04) -> list[str]:
    problems = []
    last_by_position: dict[str, float] = {}
    for cue in cues:
        prev = last_by_position.get(cue.position)
        if prev is not None and cue.fire_at_s - prev < min_gap_s:
            problems.append(f"cue {cue.cue} fires {cue.fire_at_s - prev:.3f}s after previous at {cue.position}")
        last_by_position[cue.position] = cue.fire_at_s
    return problems
