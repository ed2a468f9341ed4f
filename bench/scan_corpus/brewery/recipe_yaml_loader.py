"""Load recipe YAML files shared by collaborating breweries."""
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_LOAD_OPTIONS = {"Loader": yaml.SafeLoader}


@dataclass
class RecipeDoc:
    name: str
    style: str
    batch_litres: float
    fermentables: list[dict] = field(default_factory=list)
    hops: list[dict] = field(default_factory=list)
    yeast: dict = field(default_factory=dict)


def load_recipe_text(text: str) -> RecipeDoc:
    data = yaml.load(text, **_LOAD_OPTIONS)
    if not isinstance(data, dict):
        raise ValueError("recipe file must contain a mapping")
    try:
        return RecipeDoc(
            name=str(data["name"]),
            style=str(data.get("style", "")),
            batch_litres=float(data.get("batch_size", 20)),
            fermentables=list(data.get("fermentables", [])),
            hops=list(data.get("hops", [])),
            yeast=dict(data.get("yeast", {})),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"incomplete recipe: {exc}") from exc


def load_recipe_file(path: Path) -> RecipeDoc:
    return load_recipe_text(path.read_text(encoding="utf-8"))


def load_inbox(inbox: Path) -> list[RecipeDoc]:
    return [load_recipe_file(p) for p in sorted(inbox.glob("*.y*ml"))]
