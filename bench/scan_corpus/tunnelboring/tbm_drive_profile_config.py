"""Load TBM drive profiles for each geological zone along the alignment.

Profiles set face pressure targets, foam injection ratios and thrust limits;
they are kept in YAML files under version control and uploaded by the
tunnel engineer when the ground model changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class DriveProfile:
    zone: str
    from_chainage: float
    to_chainage: float
    face_pressure_bar: float
    foam_fir: float
    max_thrust_kn: float


class ProfileLoader:
    loader = yaml.SafeLoader
    fields = ("zone", "from_chainage", "to_chainage", "face_pressure_bar", "foam_fir", "max_thrust_kn")

    def __init__(self, text: str) -> None:
        self._doc: Any = yaml.load(text, Loader=self.loader)

    @classmethod
    def from_file(cls, path: Path) -> "ProfileLoader":
        return cls(path.read_text(encoding="utf-8"))

    def profiles(self) -> list[DriveProfile]:
        items = self._doc.get("profiles", []) if isinstance(self._doc, dict) else []
        result = []
        for item in items:
            result.append(DriveProfile(**{k: item[k] for k in self.fields}))
        result.sort(key=lambda p: p.from_chainage)
        return result

    def for_chainage(self, chainage: float) -> DriveProfile | None:
        for profile in self.profiles():
            if profile.from_chainage <= chainage < profile.to_chainage:
                return profile
        return None
