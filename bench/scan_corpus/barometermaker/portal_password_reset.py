"""Password reset flow for the collectors' portal."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import Collector, ResetToken

bp = Blueprint("reset", __name__, url_prefix="/portal/reset")

TOKEN_TTL = timedelta(minutes=30)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_reset_token(collector: Collector) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(
        ResetToken(
            collector_id=collector.id,
            token_digest=_token_digest(token),
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.session.commit()
    return token


def send_reset_email(collector: Collector, token: str) -> None:
    link = f"{current_app.config['PORTAL_BASE_URL']}/reset/{token}"
    msg = Message(
        subject="Reset your restoration portal password",
        recipients=[collector.email],
        body=f"Hello {collector.display_name},\n\nUse this link within 30 minutes:\n{link}\n",
    )
    mail.send(msg)


@bp.post("/request")
def request_reset():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    collector = Collector.query.filter_by(email=email).first()
    if collector is not None:
        send_reset_email(collector, issue_reset_token(collector))
    return jsonify({"message": "If that address is registered, a reset link is on its way."})


@bp.post("/confirm/<token>")
def confirm_reset(token: str):
    record = ResetToken.query.filter_by(token_digest=_token_digest(token), used_at=None).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return jsonify({"error": "link expired or already used"}), 400
    new_password = request.get_json(force=True).get("password", "")
    if len(new_password) < 12:
        return jsonify({"error": "password too short"}), 400
    record.collector.set_password(new_password)
    record.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify({"ok": True})
