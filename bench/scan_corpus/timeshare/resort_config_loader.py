"""Load season calendars uploaded by resort managers.

Each resort defines its Platinum/Gold/Silver seasons and blackout weeks in a
YAML file that managers upload through the admin console.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("season_calendars", __name__, url_prefix="/admin/seasons")

SEASON_NAMES = ("platinum", "gold", "silver", "bronze")


@dataclass
class SeasonCalendar:
    resort_code: str
    year: int
    seasons: dict[str, list[int]] = field(default_factory=dict)
    blackout_weeks: list[int] = field(default_factory=list)


class CalendarError(ValueError):
    pass


def parse_calendar(raw: bytes) -> SeasonCalendar:
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict):
        raise CalendarError("calendar must be a mapping")
    try:
        resort = str(doc["resort"]).upper()
        year = int(doc["year"])
    except (KeyError, ValueError) as exc:
        raise CalendarError(f"missing or invalid field: {exc}") from exc
    if not date.today().year - 1 <= year <= date.today().year + 5:
        raise CalendarError("year out of range")
    calendar = SeasonCalendar(resort, year)
    for name, weeks in (doc.get("seasons") or {}).items():
        if name not in SEASON_NAMES:
            raise CalendarError(f"unknown season {name!r}")
        calendar.seasons[name] = sorted(int(w) for w in weeks if 1 <= int(w) <= 53)
    calendar.blackout_weeks = sorted(int(w) for w in doc.get("blackout_weeks", []))
    return calendar


@bp.post("/upload")
def upload_calendar():
    upload = request.files.get("calendar")
    if upload is None:
        return jsonify(error="no calendar file"), 400
    try:
        calendar = parse_calendar(upload.read(256 * 1024))
    except (CalendarError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(
        resort=calendar.resort_code,
        year=calendar.year,
        seasons=calendar.seasons,
        blackout_weeks=calendar.blackout_weeks,
    )
