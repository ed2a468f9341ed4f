"""Load regulating bench configuration files.

Each bench has a YAML file describing its timegrapher, microphone stand,
lift angle defaults per caliber and the tolerances it enforces.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class CaliberDefaults:
    lift_angle: float
    beat_rate: int


@dataclass
class BenchConfig:
    bench_id: str
    timegrapher_model: str
    positions: List[str]
    calibers: Dict[str, CaliberDefaults] = field(default_factory=dict)
    max_beat_error_ms: float = 0.6


class BenchConfigError(ValueError):
    pass


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict):
        raise BenchConfigError(f"{path}: top level must be a mapping")
    return document


def load_bench(path: Path) -> BenchConfig:
    raw = _read(path)
    calibers = {
        name: CaliberDefaults(float(spec["lift_angle"]), int(spec["beat_rate"]))
        for name, spec in (raw.get("calibers") or {}).items()
    }
    return BenchConfig(
        bench_id=str(raw["bench_id"]),
        timegrapher_model=str(raw["timegrapher"]["model"]),
        positions=[str(p) for p in raw.get("positions", ["DU", "DD", "CU", "CD", "CL", "CR"])],
        calibers=calibers,
        max_beat_error_ms=float(raw.get("max_beat_error_ms", 0.6)),
    )


def load_all(config_dir: Path) -> Dict[str, BenchConfig]:
    benches = (load_bench(p) for p in sorted(config_dir.glob("*.yaml")))
    return {bench.bench_id: bench for bench in benches}
