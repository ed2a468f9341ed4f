"""Load course-shell templates that departments upload as YAML.

A template lists modules, default grade categories and tool placements
that get copied into every new section of the course.
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import yaml

REQUIRED_KEYS = {"course", "modules"}


@dataclass
class ShellTemplate:
    course: str
    modules: list[dict]
    grade_categories: dict[str, float] = field(default_factory=dict)
    tools: list[str] = field(default_factory=list)


def _load(stream: IO[str]) -> dict:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("template must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"template missing keys: {', '.join(sorted(missing))}")
    return data


def parse_template(stream: IO[str]) -> ShellTemplate:
    data = _load(stream)
    weights = {str(k): float(v) for k, v in (data.get("grade_categories") or {}).items()}
    if weights and abs(sum(weights.values()) - 100.0) > 0.01:
        raise ValueError("grade category weights must add up to 100")
    return ShellTemplate(
        course=str(data["course"]),
        modules=list(data["modules"]),
        grade_categories=weights,
        tools=[str(t) for t in data.get("tools", [])],
    )


def load_template_file(path: Path) -> ShellTemplate:
    with path.open(encoding="utf-8") as fh:
        return parse_template(fh)
