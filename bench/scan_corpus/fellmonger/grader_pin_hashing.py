"""Short PINs graders use to sign off hide grades on the shed tablets."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request

from fellmonger.db import db
from fellmonger.grading.models import Grader

bp = Blueprint("grader_pins", __name__, url_prefix="/shed/graders")

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 2,
    "hash_len": 32,
    "salt_len": 16,
}

_hasher = PasswordHasher(**ARGON2_PARAMS)


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def pin_ok(grader: Grader, pin: str) -> bool:
    try:
        _hasher.verify(grader.pin_hash, pin)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(grader.pin_hash):
        grader.pin_hash = hash_pin(pin)
        db.session.commit()
    return True


@bp.post("/<int:grader_id>/pin")
def set_pin(grader_id: int):
    body = request.get_json(force=True)
    grader = db.session.get(Grader, grader_id) or abort(404)
    pin = str(body.get("pin", ""))
    if not (4 <= len(pin) <= 8 and pin.isdigit()):
        abort(400, "PIN must be 4-8 digits")
    grader.pin_hash = hash_pin(pin)
    db.session.commit()
    return jsonify(status="ok")


@bp.post("/<int:grader_id>/sign-off")
def sign_off(grader_id: int):
    body = request.get_json(force=True)
    grader = db.session.get(Grader, grader_id) or abort(404)
    if not pin_ok(grader, str(body.get("pin", ""))):
        abort(403)
    return jsonify(grader=grader.id, lot=body.get("lot"), signed=True)
