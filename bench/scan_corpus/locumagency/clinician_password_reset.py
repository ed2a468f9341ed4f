"""Password reset by SMS code for clinicians locked out of the locum app."""

from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("password_reset", __name__, url_prefix="/auth/reset")

RESET_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class ResetRequest:
    clinician_id: int
    mobile: str
    code: str
    expires_at: datetime


class ResetCodeIssuer:
    def __init__(self, engine, sms_gateway) -> None:
        self._engine = engine
        self._sms = sms_gateway

    @staticmethod
    def _generate_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def issue(self, clinician_id: int, mobile: str) -> ResetRequest:
        req = ResetRequest(
            clinician_id=clinician_id,
            mobile=mobile,
            code=self._generate_code(),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO password_resets (clinician_id, code, expires_at, attempts) "
                    "VALUES (:cid, :code, :exp, 0)"
                ),
                {"cid": req.clinician_id, "code": req.code, "exp": req.expires_at},
            )
        self._sms.send(mobile, f"Your locum app reset code is {req.code}. It expires in 15 minutes.")
        return req

    def check(self, clinician_id: int, code: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT code, expires_at, attempts FROM password_resets "
                    "WHERE clinician_id = :cid ORDER BY expires_at DESC LIMIT 1"
                ),
                {"cid": clinician_id},
            ).first()
            if row is None or row.attempts >= MAX_ATTEMPTS or row.expires_at < datetime.now(timezone.utc):
                return False
            conn.execute(
                text("UPDATE password_resets SET attempts = attempts + 1 WHERE clinician_id = :cid"),
                {"cid": clinician_id},
            )
        return hmac.compare_digest(row.code, code)


@bp.post("/request")
def request_reset():
    body = request.get_json(force=True)
    issuer: ResetCodeIssuer = current_app.extensions["reset_issuer"]
    directory = current_app.extensions["clinician_directory"]
    clinician = directory.find_by_mobile(body.get("mobile", ""))
    if clinician is not None:
        issuer.issue(clinician.id, clinician.mobile)
    return jsonify({"status": "if the number is registered a code has been sent"}), 202
