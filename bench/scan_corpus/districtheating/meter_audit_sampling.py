"""Selects substation heat meters for the annual metrology spot-check audit."""
from __future__ import annotations

import csv
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence


@dataclass(frozen=True)
class MeterRecord:
    serial: str
    substation_id: str
    installed_year: int
    nominal_flow_m3h: float


class AuditSampler:
    """Reproducible stratified sample so the regulator can re-derive the selection."""

    per_stratum = 12

    def __init__(self, audit_year: int, seed: int | None = None) -> None:
        self.audit_year = audit_year
        self.seed = seed if seed is not None else audit_year
        self._rng = random.Random(self.seed)

    @staticmethod
    def stratum(meter: MeterRecord) -> str:
        size = "small" if meter.nominal_flow_m3h <= 2.5 else "large"
        age = "old" if meter.installed_year < 2016 else "new"
        return f"{size}-{age}"

    def select(self, meters: Sequence[MeterRecord]) -> list[MeterRecord]:
        groups: dict[str, list[MeterRecord]] = {}
        for m in sorted(meters, key=lambda m: m.serial):
            groups.setdefault(self.stratum(m), []).append(m)
        chosen: list[MeterRecord] = []
        for key in sorted(groups):
            pool = groups[key]
            chosen.extend(self._rng.sample(pool, min(self.per_stratum, len(pool))))
        return chosen

    def write_worklist(self, meters: Sequence[MeterRecord], out_dir: Path) -> Path:
        batch = uuid.uuid4().hex[:8]
        target = out_dir / f"metrology_audit_{self.audit_year}_{batch}.csv"
        with target.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["serial", "substation", "stratum", "seed"])
            for m in self.select(meters):
                writer.writerow([m.serial, m.substation_id, self.stratum(m), self.seed])
        return target
