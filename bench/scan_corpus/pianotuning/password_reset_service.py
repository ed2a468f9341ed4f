"""Password reset flow for customer accounts on the booking portal."""
import hashlib
import logging
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request, url_for
from flask_mail import Message

from .extensions import db, mail
from .models import Customer, PasswordResetRequest

log = logging.getLogger(__name__)
bp = Blueprint("password_reset", __name__)

RESET_TTL = timedelta(hours=1)


def _issue_reset_token() -> str:
    return uuid.uuid1().hex


def _token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/account/forgot-password")
def forgot_password():
    email = (request.form.get("email") or "").strip().lower()
    customer = Customer.query.filter_by(email=email).first()
    if customer is not None:
        token = _issue_reset_token()
        db.session.add(
            PasswordResetRequest(
                customer_id=customer.id,
                token_sha256=_token_fingerprint(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        db.session.commit()
        link = url_for("password_reset.reset_form", token=token, _external=True)
        mail.send(
            Message(
                subject="Reset your password",
                recipients=[customer.email],
                body=f"Follow this link within one hour to choose a new password:\n{link}\n",
                sender=current_app.config["MAIL_DEFAULT_SENDER"],
            )
        )
        log.info("password reset requested for customer %s", customer.id)
    return jsonify(status="if the address is registered, an email has been sent")


@bp.get("/account/reset/<token>")
def reset_form(token: str):
    pending = PasswordResetRequest.query.filter_by(
        token_sha256=_token_fingerprint(token), used=False
    ).first()
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        return jsonify(error="link expired or invalid"), 410
    return jsonify(status="ok", customer_id=pending.customer_id)
