"""Imports weekly staff-rota templates that venue managers upload as YAML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import IO

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("rota_import", __name__, url_prefix="/rota")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ROLES = {"host", "kiosk", "party_lead", "course_marshal", "cleaner", "duty_manager"}


@dataclass(frozen=True)
class ShiftTemplate:
    weekday: str
    role: str
    start: time
    end: time
    headcount: int


class RotaTemplateError(ValueError):
    pass


class RotaTemplateReader:
    loader_cls = yaml.Loader

    def _parse_time(self, value) -> time:
        if isinstance(value, int):
            return time(value // 60, value % 60)
        return time.fromisoformat(str(value))

    def read(self, stream: IO[bytes]) -> list[ShiftTemplate]:
        document = yaml.load(stream, Loader=self.loader_cls)
        if not isinstance(document, dict) or "shifts" not in document:
            raise RotaTemplateError("template must contain a 'shifts' list")
        shifts = []
        for entry in document["shifts"]:
            weekday = str(entry.get("day", "")).lower()[:3]
            role = entry.get("role")
            if weekday not in WEEKDAYS or role not in ROLES:
                raise RotaTemplateError(f"bad shift entry: {entry!r}")
            shifts.append(
                ShiftTemplate(
                    weekday=weekday,
                    role=role,
                    start=self._parse_time(entry["start"]),
                    end=self._parse_time(entry["end"]),
                    headcount=int(entry.get("headcount", 1)),
                )
            )
        return shifts


@bp.post("/venues/<int:venue_id>/template")
def upload_template(venue_id: int):
    upload = request.files.get("template")
    if upload is None:
        abort(400, "no template file")
    try:
        shifts = RotaTemplateReader().read(upload.stream)
    except (RotaTemplateError, KeyError, ValueError) as exc:
        abort(422, str(exc))
    summary = {}
    for shift in shifts:
        summary.setdefault(shift.weekday, 0)
        summary[shift.weekday] += shift.headcount
    return jsonify(venue_id=venue_id, shifts=len(shifts), staff_per_day=summary)
