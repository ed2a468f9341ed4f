"""PIN codes for the rental return kiosk.

Renters (mostly families in school string programs) choose a six-digit
PIN when they pick up a violin, viola or cello, and type it at the
kiosk in the shop entrance to log the return.
"""
import logging
import re

import bcrypt
from flask import Blueprint, abort, jsonify, request

from .db import get_session
from .models import Rental

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")
log = logging.getLogger(__name__)

PIN_PATTERN = re.compile(r"^\d{6}$")
KIOSK_BCRYPT_ROUNDS = 6


def hash_pin(pin: str) -> bytes:
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=KIOSK_BCRYPT_ROUNDS))


def _rental_or_404(session, rental_id: int) -> Rental:
    rental = session.get(Rental, rental_id)
    if rental is None:
        abort(404)
    return rental


@bp.post("/rentals/<int:rental_id>/pin")
def set_pin(rental_id: int):
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    if not PIN_PATTERN.match(pin):
        abort(400, "PIN must be six digits")
    session = get_session()
    rental = _rental_or_404(session, rental_id)
    rental.pin_hash = hash_pin(pin)
    session.commit()
    log.info("PIN set for rental %s", rental_id)
    return jsonify({"rental_id": rental_id, "pin_set": True})


@bp.post("/rentals/<int:rental_id>/return")
def log_return(rental_id: int):
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    session = get_session()
    rental = _rental_or_404(session, rental_id)
    if rental.pin_hash is None or not bcrypt.checkpw(pin.encode(), rental.pin_hash):
        log.info("kiosk return rejected for rental %s", rental_id)
        abort(403)
    rental.status = "returned_pending_inspection"
    session.commit()
    log.info("rental %s returned at kiosk", rental_id)
    return jsonify({"rental_id": rental_id, "status": rental.status})
