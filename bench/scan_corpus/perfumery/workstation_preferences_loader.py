"""Loads perfumer workstation preferences from YAML files.

Preferences (favourite materials, default dilution, balance port, smelling
strip labels) are kept in the perfumer's home and synced between machines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path.home() / ".maison" / "workstation.yaml"


@dataclass
class WorkstationPreferences:
    perfumer: str
    default_dilution_pct: float = 10.0
    favourite_materials: list[str] = field(default_factory=list)
    balance_port: str | None = None
    strip_label_template: str = "{accord} / {date}"
    units: str = "g"


def _coerce(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError("preferences file must contain a mapping")
    allowed = WorkstationPreferences.__dataclass_fields__.keys()
    unknown = set(raw) - set(allowed)
    if unknown:
        raise ValueError(f"unknown preference keys: {', '.join(sorted(unknown))}")
    return raw


def load_preferences(path: Path = DEFAULT_PATH, perfumer: str | None = None) -> WorkstationPreferences:
    with path.open("r", encoding="utf-8") as fh:
        data = _coerce(yaml.safe_load(fh))
    if perfumer is not None:
        data.setdefault("perfumer", perfumer)
    if "units" in data and data["units"] not in ("g", "mg", "drops"):
        raise ValueError("units must be g, mg or drops")
    return WorkstationPreferences(**data)


def save_preferences(prefs: WorkstationPreferences, path: Path = DEFAULT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        yaml.safe_dump(prefs.__dict__, fh, sort_keys=True, allow_unicode=True)
