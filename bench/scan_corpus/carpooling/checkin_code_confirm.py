"""Confirm a rider's pickup check-in code from the driver app."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from carpool.db import db_session
from carpool.models import CheckinCode

bp = Blueprint("checkin", __name__, url_prefix="/api/trips")
MAX_ATTEMPTS = 5


@dataclass
class PendingCheckin:
    row: CheckinCode

    @property
    def locked(self) -> bool:
        return self.row.attempts >= MAX_ATTEMPTS

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.row.expires_at

    def matches(self, presented: str) -> bool:
        return secrets.compare_digest(presented.strip().encode(), self.row.code.encode())


@bp.post("/<int:trip_id>/checkin")
@login_required
def confirm_checkin(trip_id: int):
    body = request.get_json(silent=True) or {}
    row = db_session.get(CheckinCode, body.get("booking_id"))
    if row is None or row.trip_id != trip_id or row.driver_id != current_user.id:
        return jsonify({"error": "unknown booking"}), 404

    pending = PendingCheckin(row)
    if pending.locked or pending.expired:
        return jsonify({"error": "code no longer valid"}), 410

    row.attempts += 1
    if not pending.matches(str(body.get("code", ""))):
        db_session.commit()
        return jsonify({"error": "code does not match", "attempts_left": MAX_ATTEMPTS - row.attempts}), 400

    row.confirmed_at = datetime.now(timezone.utc)
    db_session.commit()
    return jsonify({"status": "rider on board"})
