"""Loads race format definitions uploaded by event organisers.

Corporate clients can pick or tweak a race format (practice length,
qualifying, heat count, endurance final with driver changes) and upload
it as YAML from the event planner.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("race_formats", __name__)

MAX_FORMAT_BYTES = 64 * 1024


@dataclass
class Stage:
    name: str
    minutes: int
    kind: str = "race"


@dataclass
class RaceFormat:
    title: str
    max_drivers: int
    stages: list[Stage] = field(default_factory=list)

    @property
    def track_minutes(self) -> int:
        return sum(stage.minutes for stage in self.stages)


class FormatParser:
    allowed_kinds = {"practice", "qualifying", "race", "endurance"}

    @classmethod
    def parse(cls, text: str) -> RaceFormat:
        doc = yaml.safe_load(text)
        if not isinstance(doc, dict):
            raise ValueError("format must be a mapping")
        stages = []
        for item in doc.get("stages", []):
            kind = item.get("kind", "race")
            if kind not in cls.allowed_kinds:
                raise ValueError(f"unknown stage kind {kind!r}")
            stages.append(Stage(name=str(item["name"]), minutes=int(item["minutes"]), kind=kind))
        fmt = RaceFormat(
            title=str(doc.get("title", "Custom format")),
            max_drivers=int(doc.get("max_drivers", 12)),
            stages=stages,
        )
        if fmt.track_minutes > 240:
            raise ValueError("format exceeds four hours of track time")
        return fmt


@bp.post("/events/<int:event_id>/format")
def upload_format(event_id: int):
    raw = request.get_data(cache=False)
    if len(raw) > MAX_FORMAT_BYTES:
        return jsonify({"error": "format file too large"}), 413
    try:
        fmt = FormatParser.parse(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(
        {
            "event_id": event_id,
            "title": fmt.title,
            "stages": len(fmt.stages),
            "track_minutes": fmt.track_minutes,
        }
    )
