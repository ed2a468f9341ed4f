"""Imports show designs exported by the design desktop tool into the shows database."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("design_import", __name__, url_prefix="/designs")

PARSERS: dict[str, Callable[[str], Any]] = {
    "json": json.loads,
    "yaml": lambda text: yaml.load(text, Loader=yaml.Loader),
}

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@dataclass
class DesignPosition:
    name: str
    x_m: float
    y_m: float
    min_safety_distance_m: float


@dataclass
class ShowDesign:
    title: str
    duration_s: float
    positions: list[DesignPosition] = field(default_factory=list)
    cues: list[dict] = field(default_factory=list)


def parse_design(filename: str, text: str) -> ShowDesign:
    kind = Path(filename).suffix.lstrip(".").lower()
    if kind == "yml":
        kind = "yaml"
    parser = PARSERS.get(kind)
    if parser is None:
        raise ValueError(f"unsupported design format: {kind}")
    data = parser(text)
    if not isinstance(data, dict):
        raise ValueError("design root must be a mapping")
    return ShowDesign(
        title=str(data["title"]),
        duration_s=float(data["duration_s"]),
        positions=[DesignPosition(**p) for p in data.get("positions", [])],
        cues=list(data.get("cues", [])),
    )


@bp.post("/import")
def import_design():
    upload = request.files.get("design")
    if upload is None or not upload.filename:
        abort(400, description="no design file")
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        design = parse_design(upload.filename, raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        abort(422, description=str(exc))
    return jsonify(
        {
            "title": design.title,
            "duration_s": design.duration_s,
            "positions": len(design.positions),
            "cues": len(design.cues),
        }
    ), 201
