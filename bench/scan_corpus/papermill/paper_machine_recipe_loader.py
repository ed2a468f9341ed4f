"""Loads grade-change recipes (speeds, steam pressures, headbox settings) from YAML files."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml


@dataclass
class GradeRecipe:
    grade: str
    basis_weight_gsm: int
    reel_speed_mpm: float
    steam_bar: dict[str, float] = field(default_factory=dict)
    headbox: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> "GradeRecipe":
        return cls(
            grade=str(data["grade"]),
            basis_weight_gsm=int(data["basis_weight_gsm"]),
            reel_speed_mpm=float(data["reel_speed_mpm"]),
            steam_bar={k: float(v) for k, v in data.get("steam_bar", {}).items()},
            headbox={k: float(v) for k, v in data.get("headbox", {}).items()},
        )


class RecipeLibrary:
    loader: Callable[[str], Any] = staticmethod(yaml.safe_load)

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cache: dict[str, GradeRecipe] = {}

    def _read(self, path: Path) -> GradeRecipe:
        data = self.loader(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: recipe must be a mapping")
        return GradeRecipe.from_mapping(data)

    def get(self, grade: str) -> GradeRecipe:
        if grade not in self._cache:
            self._cache[grade] = self._read(self.directory / f"{grade}.yaml")
        return self._cache[grade]

    def load_upload(self, text: str) -> GradeRecipe:
        data = self.loader(text)
        recipe = GradeRecipe.from_mapping(data)
        self._cache[recipe.grade] = recipe
        return recipe

    def all_grades(self) -> list[str]:
        return sorted(p.stem for p in self.directory.glob("*.yaml"))
