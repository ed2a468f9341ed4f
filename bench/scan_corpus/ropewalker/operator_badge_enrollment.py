"""Badge and PIN enrolment for operators of the stranding and braiding lines."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request

from ropewalker.plant.db import get_session
from ropewalker.plant.models import Operator

bp = Blueprint("operator_badges", __name__, url_prefix="/plant/operators")

PIN_HASH_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
_pin_hasher = PasswordHasher(**PIN_HASH_PARAMS)


def _load_operator(badge_id: str) -> Operator:
    operator = get_session().query(Operator).filter_by(badge_id=badge_id).one_or_none()
    if operator is None:
        abort(404)
    return operator


@bp.post("/<badge_id>/pin")
def set_pin(badge_id: str):
    operator = _load_operator(badge_id)
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    if not pin.isdigit() or not 6 <= len(pin) <= 8:
        abort(400, description="PIN must be 6 to 8 digits")
    operator.pin_hash = _pin_hasher.hash(pin)
    get_session().commit()
    return jsonify(status="enrolled", badge_id=badge_id)


@bp.post("/<badge_id>/sign-on")
def sign_on(badge_id: str):
    operator = _load_operator(badge_id)
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    try:
        _pin_hasher.verify(operator.pin_hash, pin)
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if _pin_hasher.check_needs_rehash(operator.pin_hash):
        operator.pin_hash = _pin_hasher.hash(pin)
        get_session().commit()
    return jsonify(status="signed_on", operator=operator.display_name)
