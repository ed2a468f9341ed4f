"""Syncs turning/brushing schedules from the cellar handheld app."""
from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from datetime import date

import jsonpickle
from flask import Blueprint, jsonify, request

bp = Blueprint("schedules", __name__, url_prefix="/handheld")
log = logging.getLogger("cellar.sync")


@dataclass
class CareTask:
    wheel_id: str
    action: str
    due: date
    done_by: str | None = None


@dataclass
class ShiftSchedule:
    cave: str
    shift_date: date
    tasks: list[CareTask] = field(default_factory=list)

    def completed(self) -> int:
        return sum(1 for t in self.tasks if t.done_by)


SCHEDULES: dict[tuple[str, date], ShiftSchedule] = {}


def decode_snapshot(encoded: str) -> ShiftSchedule:
    document = base64.b64decode(encoded).decode("utf-8")
    return jsonpickle.decode(document)


def encode_snapshot(schedule: ShiftSchedule) -> str:
    return base64.b64encode(jsonpickle.encode(schedule).encode("utf-8")).decode("ascii")


@bp.post("/schedules")
def upload_schedule():
    payload = request.get_json(force=True)
    schedule = decode_snapshot(payload["snapshot"])
    key = (schedule.cave, schedule.shift_date)
    SCHEDULES[key] = schedule
    log.info(
        "schedule synced cave=%s date=%s done=%d/%d",
        schedule.cave,
        schedule.shift_date,
        schedule.completed(),
        len(schedule.tasks),
    )
    return jsonify(stored=True, completed=schedule.completed())


@bp.get("/schedules/<cave>/<day>")
def download_schedule(cave: str, day: str):
    schedule = SCHEDULES.get((cave, date.fromisoformat(day)))
    if schedule is None:
        return jsonify(error="no schedule"), 404
    return jsonify(snapshot=encode_snapshot(schedule))
