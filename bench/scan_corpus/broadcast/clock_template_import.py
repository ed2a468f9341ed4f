"""Import of hour clocks / format templates exported from the music scheduler.

Programme directors export clocks as YAML from the scheduling system and upload
them here so that the playout log generator can pick them up.
"""
from __future__ import annotations

import yaml
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("clock_import", __name__, url_prefix="/admin/clocks")

_CLOCK_LOADER = yaml.Loader
ELEMENT_TYPES = {"music", "spot_break", "jingle", "news", "weather", "voice_track", "sweeper"}
MAX_UPLOAD = 512 * 1024


class ClockError(ValueError):
    pass


def parse_clock_document(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=_CLOCK_LOADER)
    if not isinstance(doc, dict) or "clock" not in doc:
        raise ClockError("document has no 'clock' section")
    clock = doc["clock"]
    total = 0
    for idx, element in enumerate(clock.get("elements", [])):
        if element.get("type") not in ELEMENT_TYPES:
            raise ClockError(f"element {idx}: unknown type {element.get('type')!r}")
        total += int(element.get("duration", 0))
    if total > 3600:
        raise ClockError(f"clock runs {total}s, longer than one hour")
    return clock


@bp.post("/upload")
def upload_clock():
    upload = request.files.get("clock")
    if upload is None:
        return jsonify({"error": "no file"}), 400
    raw = upload.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        return jsonify({"error": "file too large"}), 413
    try:
        clock = parse_clock_document(raw)
    except (ClockError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    repo = current_app.extensions["clock_repository"]
    clock_id = repo.save(clock["name"], clock)
    return jsonify({"id": clock_id, "name": clock["name"]}), 201
