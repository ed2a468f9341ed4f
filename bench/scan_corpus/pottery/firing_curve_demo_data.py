"""Generate synthetic firing curves for the diagnostics dashboard preview.

Used by the docs build and the dashboard's screenshot tests, so the same
curves must come out on every run.
"""
from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

PREVIEW_SEED = 1240


@dataclass
class Reading:
    minute: int
    setpoint_c: float
    measured_c: float


def _ramp(setpoint: float, target: float, rate_per_min: float) -> float:
    return min(target, setpoint + rate_per_min)


def synthetic_bisque(rng: random.Random, minutes: int = 600) -> list[Reading]:
    readings: list[Reading] = []
    setpoint = 20.0
    lag = 0.0
    for minute in range(minutes):
        target = 600.0 if minute < 300 else 1000.0
        rate = 1.5 if minute < 300 else 2.5
        setpoint = _ramp(setpoint, target, rate)
        lag = 0.9 * lag + rng.gauss(0, 1.2)
        readings.append(Reading(minute, round(setpoint, 1), round(setpoint - 4 + lag, 1)))
    return readings


def build_preview_fixture(out_dir: Path, kilns: int = 3) -> Path:
    rng = random.Random(PREVIEW_SEED)
    fixture = {
        f"demo-kiln-{i + 1}": [asdict(r) for r in synthetic_bisque(rng)]
        for i in range(kilns)
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "firing_preview.json"
    path.write_text(json.dumps(fixture, indent=1))
    return path


if __name__ == "__main__":
    print(build_preview_fixture(Path("docs/_static/fixtures")))
