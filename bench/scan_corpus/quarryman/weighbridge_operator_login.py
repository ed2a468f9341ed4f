"""Operator sign-in for the weighbridge office terminals.

Weighbridge clerks sign in at the start of each shift with their staff number
and a four to six digit PIN before they can issue or void weighbridge tickets.
Operator records live in the site database alongside the shift roster.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("operator_login", __name__, url_prefix="/weighbridge/operators")


@dataclass
class OperatorRecord:
    staff_no: str
    display_name: str
    pin_salt: str
    pin_digest: str
    active: bool


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["WEIGHBRIDGE_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def digest_pin(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("utf-8")
    return hashlib.sha256(material).hexdigest()


def enrol_operator(staff_no: str, display_name: str, pin: str) -> OperatorRecord:
    salt = os.urandom(16).hex()
    record = OperatorRecord(staff_no, display_name, salt, digest_pin(pin, salt), True)
    with _db() as conn:
        conn.execute(
            "INSERT INTO operators (staff_no, display_name, pin_salt, pin_digest, active) "
            "VALUES (?, ?, ?, ?, 1)",
            (record.staff_no, record.display_name, record.pin_salt, record.pin_digest),
        )
    return record


def load_operator(staff_no: str) -> OperatorRecord | None:
    with _db() as conn:
        row = conn.execute(
            "SELECT staff_no, display_name, pin_salt, pin_digest, active "
            "FROM operators WHERE staff_no = ?",
            (staff_no,),
        ).fetchone()
    if row is None:
        return None
    return OperatorRecord(
        row["staff_no"], row["display_name"], row["pin_salt"], row["pin_digest"], bool(row["active"])
    )


@bp.post("/sign-in")
def sign_in():
    body = request.get_json(silent=True) or {}
    staff_no = str(body.get("staff_no", "")).strip()
    pin = str(body.get("pin", ""))
    operator = load_operator(staff_no)
    if operator is None or not operator.active:
        return jsonify(error="unknown operator"), 401
    candidate = digest_pin(pin, operator.pin_salt)
    if not hmac.compare_digest(candidate, operator.pin_digest):
        return jsonify(error="incorrect PIN"), 401
    session["operator"] = operator.staff_no
    return jsonify(operator=operator.display_name, shift_started=True)
