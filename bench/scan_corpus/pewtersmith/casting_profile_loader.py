"""Casting profiles per alloy and mould family.

Profiles live as YAML in the ``profiles/`` folder of the casting-bench repo
and can also be uploaded from the bench tablet when a caster tunes a pour.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

PROFILE_DIR = Path(__file__).resolve().parent / "profiles"
LIMITS = {"pour_temp_c": (230, 330), "mould_preheat_c": (80, 200), "dwell_s": (5, 240)}


@dataclass(frozen=True)
class CastingProfile:
    name: str
    alloy: str
    pour_temp_c: int
    mould_preheat_c: int
    dwell_s: int
    talc_dusting: bool = True


class ProfileError(ValueError):
    pass


def _validate(raw) -> CastingProfile:
    if not isinstance(raw, dict):
        raise ProfileError("profile must be a mapping")
    for key, (lo, hi) in LIMITS.items():
        value = raw.get(key)
        if not isinstance(value, int) or not lo <= value <= hi:
            raise ProfileError(f"{key} must be an integer between {lo} and {hi}")
    return CastingProfile(
        name=str(raw.get("name", "unnamed")),
        alloy=str(raw.get("alloy", "lead-free pewter")),
        pour_temp_c=raw["pour_temp_c"],
        mould_preheat_c=raw["mould_preheat_c"],
        dwell_s=raw["dwell_s"],
        talc_dusting=bool(raw.get("talc_dusting", True)),
    )


def load_profile(stream: IO[str] | IO[bytes]) -> CastingProfile:
    return _validate(yaml.safe_load(stream))


def bundled_profiles() -> dict[str, CastingProfile]:
    profiles = {}
    for path in sorted(PROFILE_DIR.glob("*.yaml")):
        with path.open("r", encoding="utf-8") as fh:
            profile = load_profile(fh)
        profiles[profile.name] = profile
    return profiles
