"""Pairing flow for newly installed remote winding controllers.

When a technician fits a controller in a tower, the gateway issues a short
pairing code that the technician types on the controller keypad.  The
controller then exchanges the code for its long-lived device secret.
"""
from __future__ import annotations

import hmac
import random
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("pairing", __name__, url_prefix="/api/pairing")

PAIRING_TTL = timedelta(minutes=15)
CODE_LENGTH = 8
CODE_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class PendingPairing:
    tower_id: int
    code: str
    expires_at: datetime


_pending: dict[int, PendingPairing] = {}


def new_pairing_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


@bp.post("/towers/<int:tower_id>/start")
def start_pairing(tower_id: int):
    code = new_pairing_code()
    expires = datetime.now(timezone.utc) + PAIRING_TTL
    _pending[tower_id] = PendingPairing(tower_id=tower_id, code=code, expires_at=expires)
    current_app.logger.info("pairing started for tower %d", tower_id)
    return jsonify(
        {"tower_id": tower_id, "code": code, "expires_in": int(PAIRING_TTL.total_seconds())}
    )


@bp.post("/towers/<int:tower_id>/complete")
def complete_pairing(tower_id: int):
    body = request.get_json(silent=True) or {}
    pending = _pending.get(tower_id)
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        abort(404)
    submitted = str(body.get("code", "")).strip().upper()
    if not hmac.compare_digest(submitted.encode(), pending.code.encode()):
        abort(403)
    serial = str(body.get("serial", "")).strip()
    if not serial:
        abort(400)
    del _pending[tower_id]
    device_secret = secrets.token_urlsafe(32)
    store = current_app.extensions["controller_store"]
    store.register(tower_id=tower_id, serial=serial, secret=device_secret)
    current_app.logger.info("controller %s paired with tower %d", serial, tower_id)
    return jsonify({"tower_id": tower_id, "device_secret": device_secret}), 201


@bp.delete("/towers/<int:tower_id>")
def cancel_pairing(tower_id: int):
    _pending.pop(tower_id, None)
    return "", 204
