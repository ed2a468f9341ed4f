"""Imports a term's class calendar that instructors upload as a YAML file."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, time

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("calendar", __name__, url_prefix="/admin/calendar")
log = logging.getLogger(__name__)

MAX_BYTES = 256 * 1024
LEVELS = {"beginner", "improver", "advanced"}


@dataclass
class ClassSession:
    title: str
    instructor: str
    level: str
    day: date
    start: time
    seats: int
    looms: list[str]


def parse_calendar(text: str) -> list[ClassSession]:
    doc = yaml.load(text, Loader=yaml.SafeLoader) or {}
    sessions: list[ClassSession] = []
    for entry in doc.get("classes", []):
        level = str(entry.get("level", "beginner"))
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}")
        day = entry["date"]
        if not isinstance(day, date):
            day = date.fromisoformat(str(day))
        sessions.append(
            ClassSession(
                title=str(entry["title"])[:100],
                instructor=str(entry["instructor"]),
                level=level,
                day=day,
                start=time.fromisoformat(str(entry.get("start", "10:00"))),
                seats=int(entry.get("seats", 6)),
                looms=[str(l) for l in entry.get("looms", [])],
            )
        )
    return sessions


@bp.post("/import")
def import_calendar():
    upload = request.files.get("calendar")
    if upload is None:
        abort(400, "calendar file required")
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        sessions = parse_calendar(raw.decode("utf-8"))
    except (yaml.YAMLError, KeyError, ValueError, UnicodeDecodeError) as exc:
        log.info("calendar import rejected: %s", exc)
        abort(422, "calendar file is not valid")
    return jsonify(imported=len(sessions), first=sessions[0].day.isoformat() if sessions else None)
