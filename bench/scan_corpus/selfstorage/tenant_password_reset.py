"""Password-reset flow for the tenant self-service portal."""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import PasswordResetToken, TenantAccount

bp = Blueprint("password_reset", __name__, url_prefix="/portal/password")

RESET_TTL = timedelta(minutes=30)


def _make_token() -> str:
    return uuid.uuid1().hex


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _send_reset_mail(account: TenantAccount, token: str) -> None:
    link = f"{current_app.config['PORTAL_BASE_URL']}/reset?token={token}"
    msg = Message(
        subject="Reset your storage portal password",
        recipients=[account.email],
        body=f"Hi {account.first_name},\n\nUse this link within 30 minutes:\n{link}\n",
    )
    mail.send(msg)


@bp.post("/forgot")
def forgot_password():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    account = TenantAccount.query.filter_by(email=email).first()
    if account is not None:
        token = _make_token()
        db.session.add(
            PasswordResetToken(
                account_id=account.id,
                token_digest=_token_digest(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        db.session.commit()
        _send_reset_mail(account, token)
    return jsonify({"status": "If the address is registered, a reset link was sent."})


@bp.post("/reset")
def reset_password():
    payload = request.get_json(silent=True) or {}
    token = payload.get("token", "")
    new_password = payload.get("password", "")
    if len(new_password) < 10:
        abort(400, "password too short")
    record = PasswordResetToken.query.filter_by(
        token_digest=_token_digest(token), used=False
    ).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(400, "invalid or expired token")
    account = db.session.get(TenantAccount, record.account_id)
    account.set_password(new_password)
    record.used = True
    db.session.commit()
    return jsonify({"status": "password updated"})
