"""Import a broadcast rundown (segment list) exported from the planning tool as YAML."""
from dataclasses import dataclass
from datetime import timedelta

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("rundowns", __name__)

MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class Segment:
    slug: str
    presenter: str
    duration: timedelta


def parse_rundown(raw: bytes) -> list[Segment]:
    if len(raw) > MAX_UPLOAD_BYTES:
        raise ValueError("rundown too large")
    data = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise ValueError("expected a mapping with a 'segments' list")
    segments = []
    for item in data["segments"]:
        segments.append(
            Segment(
                slug=str(item["slug"]),
                presenter=str(item.get("presenter", "")),
                duration=timedelta(seconds=int(item["seconds"])),
            )
        )
    return segments


@bp.post("/rundowns/import")
def import_rundown():
    upload = request.files.get("rundown")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        segments = parse_rundown(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 400
    total = sum((s.duration for s in segments), timedelta())
    return jsonify(segments=len(segments), total_seconds=int(total.total_seconds()))
