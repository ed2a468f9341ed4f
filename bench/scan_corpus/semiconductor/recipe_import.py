"""Import of recipe definitions exported from the offline recipe editor.

Engineers upload a YAML file describing a recipe: header (tool type,
chamber, revision) and an ordered list of steps with their parameters.
"""
from dataclasses import dataclass, field

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml not compiled in
    _Loader = yaml.SafeLoader


@dataclass
class RecipeStep:
    name: str
    duration_s: float
    params: dict = field(default_factory=dict)


@dataclass
class RecipeDefinition:
    tool_type: str
    chamber: str
    revision: int
    steps: list


class RecipeFormatError(ValueError):
    pass


def load_recipe(stream) -> RecipeDefinition:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or "header" not in doc or "steps" not in doc:
        raise RecipeFormatError("recipe file needs 'header' and 'steps'")
    header = doc["header"]
    steps = [
        RecipeStep(name=s["name"], duration_s=float(s["duration_s"]), params=s.get("params", {}))
        for s in doc["steps"]
    ]
    if not steps:
        raise RecipeFormatError("recipe has no steps")
    return RecipeDefinition(
        tool_type=header["tool_type"],
        chamber=header["chamber"],
        revision=int(header["revision"]),
        steps=steps,
    )
