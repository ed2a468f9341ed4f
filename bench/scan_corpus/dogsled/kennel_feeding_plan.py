"""Loads the kennel feeding plan that the head handler edits as YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class Ration:
    kibble_g: int
    meat_g: int
    fat_g: int = 0
    supplements: list[str] = field(default_factory=list)


@dataclass
class FeedingPlan:
    season: str
    default: Ration
    per_dog: dict[str, Ration]

    @classmethod
    def _ration(cls, raw: dict[str, Any]) -> Ration:
        return Ration(
            kibble_g=int(raw["kibble_g"]),
            meat_g=int(raw["meat_g"]),
            fat_g=int(raw.get("fat_g", 0)),
            supplements=[str(s) for s in raw.get("supplements", [])],
        )

    @classmethod
    def from_yaml(cls, text: str) -> "FeedingPlan":
        doc = yaml.safe_load(text)
        if not isinstance(doc, dict):
            raise ValueError("feeding plan must be a mapping")
        return cls(
            season=str(doc["season"]),
            default=cls._ration(doc["default"]),
            per_dog={str(name): cls._ration(r) for name, r in (doc.get("dogs") or {}).items()},
        )

    @classmethod
    def from_file(cls, path: Path) -> "FeedingPlan":
        return cls.from_yaml(path.read_text(encoding="utf-8"))

    def ration_for(self, dog: str, working_day: bool) -> Ration:
        base = self.per_dog.get(dog, self.default)
        if not working_day:
            return base
        return Ration(base.kibble_g, int(base.meat_g * 1.4), base.fat_g + 50, base.supplements)


if __name__ == "__main__":
    plan = FeedingPlan.from_file(Path("/srv/kennel/feeding_plan.yaml"))
    for dog in ("Balto", "Togo", "Luna"):
        print(dog, plan.ration_for(dog, working_day=True))
