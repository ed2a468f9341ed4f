"""Password reset for the customer portal: emails a six-digit code valid for 20 minutes."""
import random
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import PortalAccount, PasswordResetCode
from .passwords import passwords

reset_bp = Blueprint("portal_reset", __name__, url_prefix="/portal/reset")
CODE_TTL = timedelta(minutes=20)


def _new_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


def _send_code(account: PortalAccount, code: str) -> None:
    msg = Message(
        subject="Your password reset code",
        recipients=[account.email],
        body=(
            f"Dear {account.first_name},\n\n"
            f"Your reset code is {code}. It expires in 20 minutes.\n\n"
            "If you did not ask for this, you can ignore this email.\n"
        ),
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
    )
    mail.send(msg)


@reset_bp.post("/request")
def request_reset():
    email = (request.json or {}).get("email", "").strip().lower()
    account = PortalAccount.query.filter_by(email=email).first()
    if account is not None:
        code = _new_code()
        db.session.add(
            PasswordResetCode(
                account_id=account.id,
                code_hash=passwords.hash(code),
                expires_at=datetime.now(timezone.utc) + CODE_TTL,
            )
        )
        db.session.commit()
        _send_code(account, code)
    # Same answer either way so the form does not reveal which emails have accounts.
    return jsonify({"status": "sent"}), 202


@reset_bp.post("/confirm")
def confirm_reset():
    payload = request.json or {}
    account = PortalAccount.query.filter_by(email=payload.get("email", "").strip().lower()).first()
    if account is None:
        return jsonify({"error": "invalid code"}), 400
    entry = (
        PasswordResetCode.query.filter_by(account_id=account.id, used=False)
        .order_by(PasswordResetCode.expires_at.desc())
        .first()
    )
    if entry is None or entry.expires_at < datetime.now(timezone.utc):
        return jsonify({"error": "invalid code"}), 400
    if not passwords.verify(entry.code_hash, payload.get("code", "")):
        return jsonify({"error": "invalid code"}), 400
    account.password_hash = passwords.hash(payload["new_password"])
    entry.used = True
    db.session.commit()
    return jsonify({"status": "updated"})
