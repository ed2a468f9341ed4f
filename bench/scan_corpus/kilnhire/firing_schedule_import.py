"""Import custom firing schedules that members upload as YAML files.

A schedule looks like::

    name: Slow bisque
    cone: "04"
    segments:
      - {rate_c_per_h: 60, target_c: 200, hold_min: 60}
      - {rate_c_per_h: 150, target_c: 1060, hold_min: 10}
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("schedules", __name__)

MAX_TARGET_C = 1300
MAX_SEGMENTS = 12


@dataclass
class Segment:
    rate_c_per_h: int
    target_c: int
    hold_min: int = 0


@dataclass
class FiringSchedule:
    name: str
    cone: str
    segments: List[Segment] = field(default_factory=list)


def parse_schedule(text: str) -> FiringSchedule:
    doc = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(doc, dict):
        raise ValueError("schedule must be a mapping")
    segments = [Segment(**seg) for seg in doc.get("segments", [])]
    if not segments or len(segments) > MAX_SEGMENTS:
        raise ValueError("schedule needs between 1 and 12 segments")
    for seg in segments:
        if not 0 < seg.target_c <= MAX_TARGET_C:
            raise ValueError(f"target {seg.target_c} out of range")
        if not 0 < seg.rate_c_per_h <= 600:
            raise ValueError(f"ramp rate {seg.rate_c_per_h} out of range")
    return FiringSchedule(name=str(doc["name"]), cone=str(doc["cone"]), segments=segments)


@bp.post("/schedules/import")
@login_required
def import_schedule():
    upload = request.files.get("schedule")
    if upload is None:
        abort(400)
    text = upload.read(64 * 1024).decode("utf-8", errors="replace")
    try:
        schedule = parse_schedule(text)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    from kilnhire.schedules import repo

    schedule_id = repo.save(owner_id=current_user.id, schedule=schedule)
    return jsonify({"id": schedule_id, "segments": len(schedule.segments)}), 201
