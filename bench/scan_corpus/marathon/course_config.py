"""Load the course definition (mat positions, aid stations, cut-off times).

The course file is maintained by the race director's team as YAML and uploaded
through the admin console before each edition.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml


@dataclass(frozen=True)
class Mat:
    mat_id: str
    km: float
    label: str


@dataclass(frozen=True)
class Course:
    name: str
    distance_km: float
    mats: tuple[Mat, ...]
    cutoffs: dict[str, str]


def parse_course(stream: IO[str] | str) -> Course:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    mats = tuple(
        Mat(str(m["id"]), float(m["km"]), str(m.get("label", m["id"])))
        for m in sorted(doc["mats"], key=lambda m: m["km"])
    )
    if mats and mats[-1].km > doc["distance_km"] + 0.1:
        raise ValueError("mat placed beyond the finish")
    return Course(doc["name"], float(doc["distance_km"]), mats, dict(doc.get("cutoffs", {})))


def load_course(path: Path) -> Course:
    with path.open(encoding="utf-8") as fh:
        return parse_course(fh)
