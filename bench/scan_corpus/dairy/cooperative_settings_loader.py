"""Loads cooperative-wide settings for the payments and logistics jobs.

Settings are kept in a YAML file per environment and can be overridden
by an operator-supplied file passed on the command line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULTS: dict[str, Any] = {
    "base_price_cents_per_litre": 38.5,
    "payment_day": 20,
    "currency": "EUR",
    "routes": {"max_stops": 18, "tanker_litres": 28000},
}


@dataclass
class CoopSettings:
    base_price_cents_per_litre: float
    payment_day: int
    currency: str
    routes: dict = field(default_factory=dict)


def merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def read_yaml(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path} must contain a mapping")
    return data


def load_settings(env: str, override: Path | None = None, conf_dir: Path = Path("/etc/coop")) -> CoopSettings:
    merged = merge(DEFAULTS, read_yaml(conf_dir / f"{env}.yaml"))
    if override is not None:
        merged = merge(merged, read_yaml(override))
    unknown = set(merged) - set(CoopSettings.__dataclass_fields__)
    if unknown:
        raise ValueError(f"unknown settings: {sorted(unknown)}")
    return CoopSettings(**merged)
