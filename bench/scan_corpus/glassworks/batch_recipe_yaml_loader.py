"""Load batch-house recipe definitions maintained in the recipes git repo.

Recipes are plain YAML files reviewed by the process engineers, e.g.::

    code: FLT-CLEAR-04
    glass_type: float_clear
    cullet_ratio: 0.22
    materials:
      - {code: SAND-L, kg: 1250.0, silo: S1}
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class MaterialLine:
    code: str
    kg: float
    silo: str


@dataclass
class Recipe:
    code: str
    glass_type: str
    cullet_ratio: float
    materials: list[MaterialLine] = field(default_factory=list)


class RecipeLoader:
    yaml_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def __init__(self, root: Path) -> None:
        self.root = root

    def _read(self, path: Path) -> dict[str, Any]:
        with path.open("r", encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=self.yaml_loader)
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: recipe must be a mapping")
        return data

    def load(self, path: Path) -> Recipe:
        data = self._read(path)
        ratio = float(data["cullet_ratio"])
        if not 0.0 <= ratio <= 0.9:
            raise ValueError(f"{path.name}: cullet ratio {ratio} out of range")
        return Recipe(
            code=str(data["code"]),
            glass_type=str(data["glass_type"]),
            cullet_ratio=ratio,
            materials=[MaterialLine(str(m["code"]), float(m["kg"]), str(m["silo"])) for m in data["materials"]],
        )

    def load_all(self) -> dict[str, Recipe]:
        recipes = (self.load(p) for p in sorted(self.root.glob("*.yaml")))
        return {r.code: r for r in recipes}
