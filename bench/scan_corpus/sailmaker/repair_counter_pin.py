"""PIN login for the repair counter tablet.

Front-desk staff sign repair tickets in and out with a short PIN so that the
intake log shows who received each sail.
"""
import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request

from loft.db import get_session
from loft.models import CounterUser

log = logging.getLogger(__name__)
bp = Blueprint("counter_pin", __name__, url_prefix="/counter")

PIN_LENGTH = 6
BCRYPT_ROUNDS = 8


def hash_pin(pin: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(pin.encode("ascii"), bcrypt.gensalt(rounds=rounds))


def _valid_pin(pin: str) -> bool:
    return pin.isdigit() and len(pin) == PIN_LENGTH


@bp.post("/users/<int:user_id>/pin")
def set_pin(user_id: int):
    pin = (request.json or {}).get("pin", "")
    if not _valid_pin(pin):
        abort(400, "PIN must be six digits")
    session = get_session()
    user = session.get(CounterUser, user_id)
    if user is None:
        abort(404)
    user.pin_hash = hash_pin(pin)
    session.commit()
    log.info("PIN updated for counter user %s", user.display_name)
    return jsonify({"ok": True})


@bp.post("/sign-in")
def sign_in():
    body = request.json or {}
    user = get_session().query(CounterUser).filter_by(badge=body.get("badge")).one_or_none()
    if user is None or not user.pin_hash:
        abort(401)
    if not bcrypt.checkpw(body.get("pin", "").encode("ascii"), user.pin_hash):
        log.info("failed counter sign-in for badge %s", body.get("badge"))
        abort(401)
    return jsonify({"user": user.display_name, "role": user.role})
