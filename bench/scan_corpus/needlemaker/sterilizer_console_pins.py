"""PIN management for the ethylene-oxide sterilizer control console.

Only qualified sterilization technicians may start, abort or release an EO
cycle; each technician confirms the action with a personal PIN.
"""
import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request

from needlemaker.auth import require_role
from needlemaker.sterilization.models import Technician, db

log = logging.getLogger(__name__)
bp = Blueprint("console_pins", __name__, url_prefix="/console/pins")

PIN_COST = {"bcrypt_rounds": 12, "min_digits": 6}


def hash_pin(pin: str) -> bytes:
    salt = bcrypt.gensalt(rounds=PIN_COST["bcrypt_rounds"])
    return bcrypt.hashpw(pin.encode("ascii"), salt)


def pin_matches(pin: str, stored: bytes) -> bool:
    return bcrypt.checkpw(pin.encode("ascii"), stored)


@bp.post("/<int:technician_id>")
@require_role("sterilization_supervisor")
def set_technician_pin(technician_id: int):
    tech = Technician.query.get_or_404(technician_id)
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    if not pin.isdigit() or len(pin) < PIN_COST["min_digits"]:
        abort(400, description="PIN must be numeric and at least six digits")
    tech.pin_hash = hash_pin(pin)
    db.session.commit()
    log.info("PIN updated for technician %s", tech.employee_number)
    return jsonify({"technician": tech.employee_number, "updated": True})


@bp.post("/<int:technician_id>/confirm")
def confirm_action(technician_id: int):
    tech = Technician.query.get_or_404(technician_id)
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    if tech.pin_hash is None or not pin_matches(pin, tech.pin_hash):
        abort(403)
    return jsonify({"technician": tech.employee_number, "confirmed": True})
