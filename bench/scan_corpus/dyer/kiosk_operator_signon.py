"""Operator sign-on for the colour kitchen weighing kiosks.

Kitchen staff weigh out dyestuffs and auxiliaries at kiosks next to the
automatic dispensers; each weighing is attributed to a signed-on operator.
"""
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, InvalidHashError
from flask import Blueprint, jsonify, request, session

from dyer.db import db
from dyer.models import KitchenOperator

bp = Blueprint("kiosk_signon", __name__, url_prefix="/kiosk")

pin_hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, salt_len=16)


def set_operator_pin(operator: KitchenOperator, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("kiosk PIN must be at least six digits")
    operator.pin_hash = pin_hasher.hash(pin)
    db.session.commit()


def _check(operator: KitchenOperator, pin: str) -> bool:
    try:
        pin_hasher.verify(operator.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
    if pin_hasher.check_needs_rehash(operator.pin_hash):
        operator.pin_hash = pin_hasher.hash(pin)
        db.session.commit()
    return True


@bp.post("/signon")
def signon():
    payload = request.get_json(force=True)
    operator = KitchenOperator.query.filter_by(badge_no=payload.get("badge")).first()
    if operator is None or operator.locked or not _check(operator, payload.get("pin", "")):
        return jsonify({"error": "badge or PIN not recognised"}), 401
    session["kitchen_operator_id"] = operator.id
    return jsonify({"operator": operator.display_name, "station": operator.station})


@bp.post("/signoff")
def signoff():
    session.pop("kitchen_operator_id", None)
    return jsonify({"ok": True})
