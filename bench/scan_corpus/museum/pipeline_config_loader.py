"""Loads digitisation pipeline profiles (capture presets, derivative sizes, ICC targets).

Profiles live in YAML so that imaging staff can edit them; the C loader is used
when libyaml is available because some profile sets are large.
"""
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DEFAULTS: dict[str, Any] = {
    "derivatives": {"thumb": 300, "medium": 1200},
    "icc_profile": "sRGB",
    "jpeg_quality": 85,
}


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_profile(path: Path) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: profile must be a mapping")
    return _merge(DEFAULTS, data)


def load_profiles(directory: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: load_profile(p) for p in sorted(directory.glob("*.yaml"))}
