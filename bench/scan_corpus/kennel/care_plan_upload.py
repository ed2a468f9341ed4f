"""Lets owners upload a YAML care plan (feeding, medication, walks) for their stay."""
import yaml as _yaml
from flask import Blueprint, abort, g, jsonify, request

from .auth import owner_required
from .db import get_session
from .models import Booking, CarePlan

bp = Blueprint("care_plans", __name__, url_prefix="/portal/care-plan")

PLAN_LIMITS = {
    "max_bytes": 64 * 1024,
    "sections": ("feeding", "medication", "walks", "notes"),
    "loader": _yaml.SafeLoader,
}


class CarePlanError(ValueError):
    pass


def _as_list(value, section: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise CarePlanError(f"'{section}' must be a list")
    return value


def load_care_plan(text: str, limits: dict = PLAN_LIMITS) -> dict:
    data = _yaml.load(text, Loader=limits["loader"])
    if not isinstance(data, dict):
        raise CarePlanError("care plan must be a mapping")
    unknown = set(data) - set(limits["sections"])
    if unknown:
        raise CarePlanError(f"unknown sections: {', '.join(sorted(unknown))}")
    plan = {
        "feeding": _as_list(data.get("feeding"), "feeding"),
        "medication": _as_list(data.get("medication"), "medication"),
        "walks": _as_list(data.get("walks"), "walks"),
        "notes": str(data.get("notes", ""))[:2000],
    }
    for dose in plan["medication"]:
        if not isinstance(dose, dict) or not {"name", "dose", "times"} <= dose.keys():
            raise CarePlanError("each medication needs name, dose and times")
    return plan


@bp.post("/<int:booking_id>")
@owner_required
def upload_care_plan(booking_id: int):
    upload = request.files.get("plan")
    if upload is None:
        abort(400, "plan file required")
    raw = upload.read(PLAN_LIMITS["max_bytes"] + 1)
    if len(raw) > PLAN_LIMITS["max_bytes"]:
        abort(413)
    try:
        plan = load_care_plan(raw.decode("utf-8"))
    except (CarePlanError, UnicodeDecodeError, _yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422

    session = get_session()
    booking = session.get(Booking, booking_id)
    if booking is None or booking.owner_id != g.owner.id:
        abort(404)
    record = CarePlan(booking_id=booking_id, owner_id=g.owner.id, content=plan)
    session.merge(record)
    session.commit()
    return jsonify(saved=True, medication_count=len(plan["medication"]))
