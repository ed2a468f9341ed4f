"""Kiosk PIN handling for river season pass holders.

Pass holders choose a short PIN when they buy a monthly or annual pass.
The PIN is asked for at pier kiosks before a top-up is taken or a
replacement card is printed.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("season_pass_pin", __name__, url_prefix="/kiosk/pass")

DB_PATH = os.environ.get("PASS_DB_PATH", "/var/lib/ferryman/passes.db")


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 4
    max_length: int = 6
    digest: str = "sha256"


POLICY = PinPolicy()


def _db() -> sqlite3.Connection:
    return sqlite3.connect(DB_PATH)


def _pin_digest(pin: str, salt: bytes) -> str:
    h = hashlib.new(POLICY.digest)
    h.update(salt)
    h.update(pin.encode("utf-8"))
    return h.hexdigest()


def _valid_pin(pin: str) -> bool:
    return pin.isdigit() and POLICY.min_length <= len(pin) <= POLICY.max_length


@bp.post("/<int:pass_id>/pin")
def set_pin(pass_id: int):
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    if not _valid_pin(pin):
        abort(400, "PIN must be 4 to 6 digits")
    salt = os.urandom(16)
    with _db() as conn:
        conn.execute(
            "UPDATE season_passes SET pin_salt = ?, pin_hash = ? WHERE id = ?",
            (salt, _pin_digest(pin, salt), pass_id),
        )
    return jsonify({"pass_id": pass_id, "pin_set": True})


@bp.post("/<int:pass_id>/check")
def check_pin(pass_id: int):
    pin = (request.get_json(silent=True) or {}).get("pin", "")
    with _db() as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_hash FROM season_passes WHERE id = ?", (pass_id,)
        ).fetchone()
    if row is None:
        abort(404)
    salt, stored = row
    accepted = hmac.compare_digest(_pin_digest(pin, salt), stored)
    return jsonify({"pass_id": pass_id, "accepted": accepted})
