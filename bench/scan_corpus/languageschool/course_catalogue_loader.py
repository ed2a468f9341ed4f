"""Loads the course catalogue maintained by the academic team.

The catalogue is edited as YAML in the curriculum repository and synced
to the website on each release.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import yaml

CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


@dataclass
class CourseDefinition:
    code: str
    title: str
    language: str
    level: str
    weeks: int
    hours_per_week: float
    fee_eur: float
    prerequisites: List[str] = field(default_factory=list)


class CatalogueError(ValueError):
    pass


def _course_from(raw: Dict) -> CourseDefinition:
    level = str(raw.get("level", "")).upper()
    if level not in CEFR_LEVELS:
        raise CatalogueError(f"course {raw.get('code')}: unknown level {level!r}")
    return CourseDefinition(
        code=raw["code"],
        title=raw["title"],
        language=raw["language"],
        level=level,
        weeks=int(raw["weeks"]),
        hours_per_week=float(raw["hours_per_week"]),
        fee_eur=float(raw["fee_eur"]),
        prerequisites=list(raw.get("prerequisites", [])),
    )


def load_catalogue(path: Path) -> Dict[str, CourseDefinition]:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle) or {}
    courses = {}
    for raw in document.get("courses", []):
        course = _course_from(raw)
        courses[course.code] = course
    for course in courses.values():
        missing = [p for p in course.prerequisites if p not in courses]
        if missing:
            raise CatalogueError(f"{course.code} requires unknown courses {missing}")
    return courses
