"""Imports the weekly ice schedule uploaded by the operations manager.

The schedule is a YAML document listing each pad's blocks: public
sessions, hockey, figure patch, lessons and resurfacing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import IO, Any

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

VALID_ACTIVITIES = {"public", "hockey", "figure", "lesson", "resurface", "party"}


@dataclass
class IceBlock:
    pad: str
    day: str
    start: time
    end: time
    activity: str


def _parse_time(value: Any) -> time:
    if isinstance(value, int):
        return time(value // 60, value % 60)
    return time.fromisoformat(str(value))


def load_schedule(stream: IO[bytes]) -> list[IceBlock]:
    document = yaml.load(stream, Loader=yaml.SafeLoader) or {}
    blocks: list[IceBlock] = []
    for pad, days in document.get("pads", {}).items():
        for day, entries in days.items():
            for entry in entries:
                activity = entry["activity"]
                if activity not in VALID_ACTIVITIES:
                    raise ValueError(f"unknown activity {activity!r}")
                blocks.append(
                    IceBlock(
                        pad=str(pad),
                        day=str(day),
                        start=_parse_time(entry["start"]),
                        end=_parse_time(entry["end"]),
                        activity=activity,
                    )
                )
    return blocks


@app.post("/ops/schedule")
def upload_schedule():
    upload = request.files.get("schedule")
    if upload is None:
        abort(400)
    try:
        blocks = load_schedule(upload.stream)
    except (yaml.YAMLError, KeyError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify({"blocks": len(blocks)}), 201
