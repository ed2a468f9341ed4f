"""Email password-reset links for the patient portal.

A reset link carries a random token; only its SHA-256 digest is stored, so
a database leak does not expose usable links. Tokens are single use and
expire after thirty minutes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

from portal.db import get_session
from portal.mail import send_reset_email

bp = Blueprint("reset", __name__, url_prefix="/portal/reset")

RESET_TTL = timedelta(minutes=30)


class ResetTokenFactory:
    token_bytes = 32

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(ResetTokenFactory.token_bytes)

    @staticmethod
    def digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/request")
def request_reset():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip().lower()
    session = get_session()
    account = session.execute(
        text("SELECT id, email FROM portal_accounts WHERE email = :email AND active"),
        {"email": email},
    ).first()
    if account is not None:
        token = ResetTokenFactory.new_token()
        session.execute(
            text(
                "INSERT INTO password_resets (account_id, token_digest, expires_at) "
                "VALUES (:aid, :digest, :exp)"
            ),
            {
                "aid": account.id,
                "digest": ResetTokenFactory.digest(token),
                "exp": datetime.now(timezone.utc) + RESET_TTL,
            },
        )
        session.commit()
        base = current_app.config["PORTAL_BASE_URL"]
        send_reset_email(account.email, f"{base}/reset?token={token}")
    return jsonify(status="if the address is registered, an email has been sent"), 202


def consume_token(token: str) -> int | None:
    session = get_session()
    row = session.execute(
        text(
            "SELECT id, account_id, token_digest FROM password_resets "
            "WHERE token_digest = :digest AND used_at IS NULL AND expires_at > now()"
        ),
        {"digest": ResetTokenFactory.digest(token)},
    ).first()
    if row is None or not hmac.compare_digest(row.token_digest, ResetTokenFactory.digest(token)):
        return None
    session.execute(
        text("UPDATE password_resets SET used_at = now() WHERE id = :id"), {"id": row.id}
    )
    session.commit()
    return row.account_id
