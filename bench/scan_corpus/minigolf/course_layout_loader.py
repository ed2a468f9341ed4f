"""Loads course layouts (holes, par, obstacles) that designers upload as YAML files."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("course_layouts", __name__, url_prefix="/courses")

OBSTACLES = {"windmill", "loop", "bridge", "ramp", "tunnel", "water", "sand", "castle"}


@dataclass
class Hole:
    number: int
    par: int
    length_m: float
    obstacles: list[str] = field(default_factory=list)


@dataclass
class CourseLayout:
    name: str
    theme: str
    holes: list[Hole]

    @property
    def par(self) -> int:
        return sum(h.par for h in self.holes)


class LayoutError(ValueError):
    pass


def parse_layout(stream: IO[bytes]) -> CourseLayout:
    document = yaml.safe_load(stream)
    if not isinstance(document, dict):
        raise LayoutError("layout must be a mapping")
    holes = []
    for index, raw in enumerate(document.get("holes", []), start=1):
        obstacles = [str(o) for o in raw.get("obstacles", [])]
        unknown = set(obstacles) - OBSTACLES
        if unknown:
            raise LayoutError(f"hole {index}: unknown obstacles {sorted(unknown)}")
        par = int(raw.get("par", 2))
        if not 1 <= par <= 6:
            raise LayoutError(f"hole {index}: par {par} out of range")
        holes.append(Hole(index, par, float(raw.get("length_m", 6.0)), obstacles))
    if not 9 <= len(holes) <= 36:
        raise LayoutError("a course needs between 9 and 36 holes")
    return CourseLayout(str(document.get("name", "Unnamed")), str(document.get("theme", "classic")), holes)


@bp.post("/venues/<int:venue_id>/layouts")
def upload_layout(venue_id: int):
    upload = request.files.get("layout")
    if upload is None:
        abort(400, "no layout file")
    try:
        layout = parse_layout(upload.stream)
    except (LayoutError, yaml.YAMLError, TypeError, ValueError, AttributeError) as exc:
        abort(422, str(exc))
    return jsonify(venue_id=venue_id, name=layout.name, holes=len(layout.holes), par=layout.par)
