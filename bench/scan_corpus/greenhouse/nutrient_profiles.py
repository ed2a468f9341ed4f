"""Loads nutrient solution profiles submitted by the agronomy team.

Profiles are YAML files attached to change requests in the recipe tracker.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LOAD_OPTIONS = {"Loader": yaml.SafeLoader}
REQUIRED_KEYS = {"name", "crop", "ec_target", "ph_target", "ratios"}


class ProfileError(ValueError):
    pass


def parse_profile(text: str) -> dict[str, Any]:
    doc = yaml.load(text, **LOAD_OPTIONS)
    if not isinstance(doc, dict):
        raise ProfileError("profile must be a mapping")
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise ProfileError(f"missing keys: {', '.join(sorted(missing))}")
    ratios = doc["ratios"]
    if not isinstance(ratios, dict) or not all(isinstance(v, (int, float)) for v in ratios.values()):
        raise ProfileError("ratios must map ion names to numbers")
    if not 0.5 <= float(doc["ec_target"]) <= 6.0:
        raise ProfileError("EC target out of range")
    if not 4.5 <= float(doc["ph_target"]) <= 7.5:
        raise ProfileError("pH target out of range")
    return doc


def load_profiles(folder: Path) -> dict[str, dict[str, Any]]:
    profiles = {}
    for path in sorted(folder.glob("*.yaml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        profiles[profile["name"]] = profile
    return profiles
