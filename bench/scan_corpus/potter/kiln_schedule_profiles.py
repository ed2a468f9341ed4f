"""Load firing schedule profiles that staff upload for the kiln controllers.

A profile is a YAML document listing ramp segments (rate, target, hold).
"""
from dataclasses import dataclass
from pathlib import Path

import yaml

from potter.config import settings

MAX_SEGMENTS = 12
MAX_TEMP_F = 2400


@dataclass(frozen=True)
class Segment:
    rate_f_per_hour: int
    target_f: int
    hold_minutes: int = 0


@dataclass(frozen=True)
class FiringProfile:
    name: str
    cone: str
    segments: tuple[Segment, ...]


def parse_profile(text: str) -> FiringProfile:
    raw = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(raw, dict):
        raise ValueError("profile must be a mapping")
    segments = tuple(
        Segment(
            rate_f_per_hour=int(seg["rate"]),
            target_f=int(seg["target"]),
            hold_minutes=int(seg.get("hold", 0)),
        )
        for seg in raw.get("segments", [])
    )
    if not segments or len(segments) > MAX_SEGMENTS:
        raise ValueError("profile needs between 1 and 12 segments")
    if any(seg.target_f > MAX_TEMP_F for seg in segments):
        raise ValueError("target temperature above controller limit")
    return FiringProfile(name=str(raw["name"]), cone=str(raw["cone"]), segments=segments)


def load_library(directory: Path = Path(settings.FIRING_PROFILE_DIR)) -> dict[str, FiringProfile]:
    profiles = {}
    for path in sorted(directory.glob("*.yaml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        profiles[profile.name] = profile
    return profiles
