"""Loads meter definitions (what usage is billable and how it aggregates) from YAML."""
from dataclasses import dataclass
from pathlib import Path

import yaml

VALID_AGGREGATIONS = {"sum", "max", "last", "unique_count"}


@dataclass(frozen=True)
class Meter:
    key: str
    unit: str
    aggregation: str


def load_meters(path: Path) -> dict[str, Meter]:
    with path.open(encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=yaml.SafeLoader) or {}
    meters = {}
    for key, spec in doc.get("meters", {}).items():
        agg = spec.get("aggregation", "sum")
        if agg not in VALID_AGGREGATIONS:
            raise ValueError(f"meter {key}: unsupported aggregation {agg!r}")
        meters[key] = Meter(key=key, unit=spec["unit"], aggregation=agg)
    return meters
