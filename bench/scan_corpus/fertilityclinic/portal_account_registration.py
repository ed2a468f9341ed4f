"""Patient portal account registration.

Patients with an active treatment cycle can create a portal login tied to
their medical record number (MRN). The credential record is stored next to
the EMR patient id so the portal can show cycle calendars and lab results.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from clinic_portal.db import get_session

bp = Blueprint("portal_registration", __name__, url_prefix="/portal/register")

MRN_PATTERN = re.compile(r"^FC\d{7}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 12


SETTINGS = CredentialSettings()


def derive_password_hash(password: str, salt: bytes, settings: CredentialSettings = SETTINGS) -> str:
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("")
def register():
    payload = request.get_json(silent=True) or {}
    mrn = str(payload.get("mrn", "")).strip().upper()
    email = str(payload.get("email", "")).strip().lower()
    password = str(payload.get("password", ""))

    if not MRN_PATTERN.match(mrn) or not EMAIL_PATTERN.match(email):
        return jsonify(error="invalid_registration"), 400
    if len(password) < SETTINGS.min_length:
        return jsonify(error="password_too_short"), 400

    session = get_session()
    patient = session.execute(
        text("SELECT id FROM patients WHERE mrn = :mrn AND portal_enabled = true"),
        {"mrn": mrn},
    ).first()
    if patient is None:
        return jsonify(error="invalid_registration"), 400

    existing = session.execute(
        text("SELECT 1 FROM portal_accounts WHERE patient_id = :pid"), {"pid": patient.id}
    ).first()
    if existing is not None:
        return jsonify(error="already_registered"), 409

    salt = os.urandom(SETTINGS.salt_bytes)
    session.execute(
        text(
            "INSERT INTO portal_accounts (patient_id, email, password_hash) "
            "VALUES (:pid, :email, :pw)"
        ),
        {"pid": patient.id, "email": email, "pw": derive_password_hash(password, salt)},
    )
    session.commit()
    return jsonify(status="created"), 201
