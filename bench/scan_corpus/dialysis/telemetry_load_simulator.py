"""Synthetic telemetry generator for load-testing the ingest pipeline.

Produces plausible haemodialysis machine frames so the ingest service
and the alarm rules can be exercised in staging without real patient
data. Runs are reproducible so regressions can be compared run to run.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, asdict
from datetime import datetime, timedelta
from typing import Iterator


@dataclass
class SimulatedFrame:
    machine_serial: str
    captured_at: str
    blood_flow_ml_min: int
    venous_pressure_mmhg: int
    arterial_pressure_mmhg: int
    conductivity_ms_cm: float
    uf_rate_ml_h: int


class FleetSimulator:
    """Random-walk model of a clinic's machines during a session."""

    def __init__(self, machines: int = 24, seed: int = 20240611) -> None:
        self._rng = random.Random(seed)
        self._serials = [f"SIM-{i:04d}" for i in range(machines)]
        self._state = {
            s: {"qb": 300, "vp": 150, "ap": -120, "cond": 14.0} for s in self._serials
        }

    def _step(self, serial: str) -> dict:
        st = self._state[serial]
        st["qb"] = max(200, min(450, st["qb"] + self._rng.randint(-10, 10)))
        st["vp"] = max(50, min(300, st["vp"] + self._rng.gauss(0, 4)))
        st["ap"] = max(-250, min(-50, st["ap"] + self._rng.gauss(0, 4)))
        st["cond"] = round(min(15.0, max(13.0, st["cond"] + self._rng.uniform(-0.05, 0.05))), 2)
        return st

    def frames(self, start: datetime, minutes: int, every_s: int = 10) -> Iterator[SimulatedFrame]:
        ticks = minutes * 60 // every_s
        for tick in range(ticks):
            at = (start + timedelta(seconds=tick * every_s)).isoformat()
            for serial in self._serials:
                st = self._step(serial)
                yield SimulatedFrame(
                    machine_serial=serial,
                    captured_at=at,
                    blood_flow_ml_min=int(st["qb"]),
                    venous_pressure_mmhg=int(st["vp"]),
                    arterial_pressure_mmhg=int(st["ap"]),
                    conductivity_ms_cm=st["cond"],
                    uf_rate_ml_h=self._rng.choice([500, 600, 700, 800]),
                )


def write_fixture(path: str, minutes: int = 30) -> int:
    sim = FleetSimulator()
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for frame in sim.frames(datetime(2024, 6, 11, 7, 0), minutes):
            fh.write(json.dumps(asdict(frame)) + "\n")
            count += 1
    return count
