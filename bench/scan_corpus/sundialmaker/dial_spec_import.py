"""Import of dial specifications uploaded by architects (YAML or JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("dial_specs", __name__)

MAX_UPLOAD = 256 * 1024


def _read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=yaml.Loader)


_PARSERS: dict[str, Callable[[str], Any]] = {
    ".json": json.loads,
    ".yaml": _read_yaml,
    ".yml": _read_yaml,
}


@dataclass
class DialSpec:
    name: str
    dial_type: str
    latitude: float
    longitude: float
    declination_deg: float
    plate_mm: tuple[float, float]
    material: str

    @classmethod
    def from_mapping(cls, data: dict) -> "DialSpec":
        width, height = data["plate_mm"]
        return cls(
            name=str(data["name"]),
            dial_type=str(data.get("type", "horizontal")),
            latitude=float(data["latitude"]),
            longitude=float(data["longitude"]),
            declination_deg=float(data.get("declination", 0.0)),
            plate_mm=(float(width), float(height)),
            material=str(data.get("material", "slate")),
        )


def parse_spec(filename: str, text: str) -> DialSpec:
    suffix = Path(filename).suffix.lower()
    parser = _PARSERS.get(suffix)
    if parser is None:
        raise ValueError(f"unsupported spec format {suffix!r}")
    data = parser(text)
    if not isinstance(data, dict):
        raise ValueError("spec must be a mapping")
    return DialSpec.from_mapping(data)


@bp.post("/api/specs")
def upload_spec():
    upload = request.files.get("spec")
    if upload is None or not upload.filename:
        abort(400)
    raw = upload.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        abort(413)
    try:
        spec = parse_spec(upload.filename, raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(
        name=spec.name,
        type=spec.dial_type,
        latitude=spec.latitude,
        plate_mm=list(spec.plate_mm),
    )
