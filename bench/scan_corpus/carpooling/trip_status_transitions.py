"""State machine for shared trips: scheduled -> boarding -> en_route -> completed/cancelled."""

from __future__ import annotations

import enum
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from carpool.db import db_session
from carpool.models import Trip


class TripStatus(str, enum.Enum):
    SCHEDULED = "scheduled"
    BOARDING = "boarding"
    EN_ROUTE = "en_route"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


ALLOWED = {
    TripStatus.SCHEDULED: {TripStatus.BOARDING, TripStatus.CANCELLED},
    TripStatus.BOARDING: {TripStatus.EN_ROUTE, TripStatus.CANCELLED},
    TripStatus.EN_ROUTE: {TripStatus.COMPLETED},
    TripStatus.COMPLETED: set(),
    TripStatus.CANCELLED: set(),
}


def can_transition(current: TripStatus, target: TripStatus) -> bool:
    return target in ALLOWED[current]


bp = Blueprint("trip_status", __name__, url_prefix="/api/trips")


@bp.post("/<int:trip_id>/status")
@login_required
def change_status(trip_id: int):
    trip = db_session.get(Trip, trip_id)
    if trip is None:
        abort(404)
    if trip.driver_id != current_user.id:
        abort(403)

    try:
        target = TripStatus(request.get_json(force=True)["status"])
    except (KeyError, ValueError):
        abort(400)

    current = TripStatus(trip.status)
    if current == target:
        return jsonify({"status": current.value, "changed": False})
    if not can_transition(current, target):
        return jsonify({"error": f"cannot move from {current.value} to {target.value}"}), 409

    trip.status = target.value
    if target == TripStatus.EN_ROUTE:
        trip.departed_at = datetime.now(timezone.utc)
    elif target == TripStatus.COMPLETED:
        trip.arrived_at = datetime.now(timezone.utc)
    db_session.commit()
    return jsonify({"status": trip.status, "changed": True})
