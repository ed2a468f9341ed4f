"""Import of site survey checklists uploaded from the surveyors' tablets.

The tablet app exports each survey as YAML: ground type, slope, access
width, overhead cables, hazards and the pegged-out footprint. The office
uploads the file to attach it to the booking.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from bookings.store import attach_survey

log = logging.getLogger(__name__)

bp = Blueprint("surveys", __name__)

MAX_UPLOAD_BYTES = 512 * 1024


@dataclass
class SurveyChecklist:
    surveyor: str
    ground: str
    access_width_m: float
    overhead_cables: bool
    hazards: List[str] = field(default_factory=list)
    footprint: List[List[float]] = field(default_factory=list)


def parse_checklist(raw: bytes) -> SurveyChecklist:
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise ValueError("survey file must be a mapping")
    return SurveyChecklist(
        surveyor=str(data["surveyor"]),
        ground=str(data["ground"]),
        access_width_m=float(data["access_width_m"]),
        overhead_cables=bool(data.get("overhead_cables", False)),
        hazards=[str(h) for h in data.get("hazards", [])],
        footprint=[[float(x), float(y)] for x, y in data.get("footprint", [])],
    )


@bp.post("/bookings/<booking_ref>/survey")
@login_required
def upload_checklist(booking_ref: str):
    upload = request.files.get("survey")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        checklist = parse_checklist(raw)
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        log.info("rejected survey for %s: %s", booking_ref, exc)
        abort(400)
    survey_id = attach_survey(booking_ref, checklist, uploaded_by=current_user.get_id())
    return jsonify(survey_id=survey_id, hazards=len(checklist.hazards))
