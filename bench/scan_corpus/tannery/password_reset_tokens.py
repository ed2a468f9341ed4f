"""Password reset flow for staff logins on the traceability app."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import ResetRequest, Staff

bp = Blueprint("password_reset", __name__)

RESET_WINDOW = timedelta(minutes=30)


def _new_reset_token() -> str:
    return uuid.uuid1().hex


def _send_reset_mail(staff: Staff, token: str) -> None:
    link = f"{current_app.config['APP_BASE_URL']}/reset/{token}"
    msg = Message(
        subject="Traceability app password reset",
        recipients=[staff.email],
        body=f"Hi {staff.first_name},\n\nReset your password here: {link}\n"
             "The link expires in 30 minutes.",
    )
    mail.send(msg)


@bp.post("/password/forgot")
def forgot_password():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    staff = Staff.query.filter_by(email=email, active=True).first()
    if staff is not None:
        token = _new_reset_token()
        db.session.add(ResetRequest(
            staff_id=staff.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + RESET_WINDOW,
        ))
        db.session.commit()
        _send_reset_mail(staff, token)
    return jsonify({"status": "if the address is registered, a link was sent"})


@bp.post("/password/reset/<token>")
def reset_password(token: str):
    req = ResetRequest.query.filter_by(token=token, used=False).first()
    if req is None or req.expires_at < datetime.now(timezone.utc):
        return jsonify({"error": "invalid or expired link"}), 400
    new_password = (request.get_json(silent=True) or {}).get("password", "")
    if len(new_password) < 12:
        return jsonify({"error": "password too short"}), 422
    req.staff.set_password(new_password)
    req.used = True
    db.session.commit()
    return jsonify({"status": "password updated"})
