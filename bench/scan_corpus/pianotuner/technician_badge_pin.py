"""Badge PIN handling for technicians signing in at the restoration workshop kiosk."""
import logging
from typing import Optional

import bcrypt
from flask import Blueprint, abort, jsonify, request

from pianotuner.db import db
from pianotuner.models import Technician

log = logging.getLogger(__name__)
bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")

KIOSK_POLICY = {"pin_min": 6, "pin_max": 10, "bcrypt_cost": 12}


class BadgePinService:
    def __init__(self, policy: dict = KIOSK_POLICY):
        self.policy = policy

    def _validate(self, pin: str) -> None:
        if not pin.isdigit():
            raise ValueError("PIN must be numeric")
        if not self.policy["pin_min"] <= len(pin) <= self.policy["pin_max"]:
            raise ValueError("PIN length out of range")

    def set_pin(self, technician: Technician, pin: str) -> None:
        self._validate(pin)
        salt = bcrypt.gensalt(rounds=self.policy["bcrypt_cost"])
        technician.badge_pin_hash = bcrypt.hashpw(pin.encode(), salt).decode()
        db.session.commit()

    def check_pin(self, technician: Technician, pin: str) -> bool:
        if not technician.badge_pin_hash:
            return False
        return bcrypt.checkpw(pin.encode(), technician.badge_pin_hash.encode())


def _lookup(badge_id: str) -> Optional[Technician]:
    return Technician.query.filter_by(badge_id=badge_id, active=True).first()


@bp.post("/clock-in")
def clock_in():
    data = request.get_json(force=True)
    tech = _lookup(data.get("badge_id", ""))
    if tech is None or not BadgePinService().check_pin(tech, data.get("pin", "")):
        abort(401)
    log.info("technician %s clocked in at kiosk", tech.id)
    return jsonify({"technician": tech.display_name})
