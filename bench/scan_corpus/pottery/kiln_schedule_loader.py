"""Load custom firing schedules written by instructors in YAML.

Schedules use a small `!hold` tag for durations such as `!hold 15m`, so the
loader registers that one extra constructor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import yaml

_HOLD_RE = re.compile(r"^(?P<n>\d+)(?P<unit>[hm])$")


class ScheduleLoader(yaml.SafeLoader):
    """YAML loader that additionally understands `!hold` durations."""


def _construct_hold(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> timedelta:
    value = loader.construct_scalar(node)
    match = _HOLD_RE.match(str(value).strip())
    if not match:
        raise yaml.constructor.ConstructorError(None, None, f"unreadable hold: {value}", node.start_mark)
    n = int(match["n"])
    return timedelta(hours=n) if match["unit"] == "h" else timedelta(minutes=n)


ScheduleLoader.add_constructor("!hold", _construct_hold)


@dataclass
class Segment:
    rate_c_per_hour: int
    target_c: int
    hold: timedelta


@dataclass
class FiringSchedule:
    name: str
    segments: list[Segment]

    @property
    def peak_c(self) -> int:
        return max(s.target_c for s in self.segments)


def load_schedule(path: Path) -> FiringSchedule:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=ScheduleLoader)
    segments = [
        Segment(
            rate_c_per_hour=int(seg["rate"]),
            target_c=int(seg["target"]),
            hold=seg.get("hold", timedelta(0)),
        )
        for seg in raw["segments"]
    ]
    if any(s.target_c > 1320 for s in segments):
        raise ValueError("target above kiln rating")
    return FiringSchedule(name=str(raw["name"]), segments=segments)
