"""Load vehicle profiles (dimensions, hazmat class, axle weights) for route planning.

Profiles are YAML files that fleet admins upload; the planner uses them
to avoid low bridges and weight-restricted roads.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class VehicleProfile:
    code: str
    height_m: float
    width_m: float
    length_m: float
    gross_weight_kg: int
    axles: int
    hazmat_class: str | None = None


def load_profiles(stream: IO[bytes] | str) -> list[VehicleProfile]:
    doc = yaml.load(stream, Loader=_YAML_LOADER)
    if not isinstance(doc, dict) or "profiles" not in doc:
        raise ValueError("expected a top-level 'profiles' list")
    profiles = []
    for entry in doc["profiles"]:
        profiles.append(
            VehicleProfile(
                code=str(entry["code"]),
                height_m=float(entry["height_m"]),
                width_m=float(entry["width_m"]),
                length_m=float(entry["length_m"]),
                gross_weight_kg=int(entry["gross_weight_kg"]),
                axles=int(entry.get("axles", 5)),
                hazmat_class=entry.get("hazmat_class"),
            )
        )
    return profiles
