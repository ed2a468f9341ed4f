"""Gate codes that skippers present to the lock keeper for a booked passage slot."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify

from bargeman.db import db
from bargeman.models import LockSlot

bp = Blueprint("lock_codes", __name__, url_prefix="/api/lock-slots")

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_VALIDITY = timedelta(hours=6)


def _gate_code(length: int = 8) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_gate_code(slot: LockSlot) -> str:
    slot.gate_code = _gate_code()
    slot.gate_code_expires = datetime.now(timezone.utc) + CODE_VALIDITY
    db.session.commit()
    return slot.gate_code


@bp.post("/<int:slot_id>/gate-code")
def create_gate_code(slot_id: int):
    slot = db.session.get(LockSlot, slot_id)
    if slot is None or slot.status != "confirmed":
        abort(404)
    code = issue_gate_code(slot)
    return jsonify(
        slot_id=slot.id,
        lock=slot.lock_code,
        window_start=slot.window_start.isoformat(),
        gate_code=code,
        expires=slot.gate_code_expires.isoformat(),
    )
