"""Password reset requests and confirmation for workspace members."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request, url_for

from accounts.hashing import hash_password
from accounts.mail import send_reset_email
from accounts.models import PasswordResetToken, User, db

bp = Blueprint("password_reset", __name__)
log = logging.getLogger(__name__)
RESET_TTL = timedelta(minutes=30)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.post("/password-reset")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    user = User.query.filter_by(email=email, is_active=True).first()
    if user is not None:
        token = secrets.token_urlsafe(32)
        record = PasswordResetToken(
            user_id=user.id,
            token_digest=_token_digest(token),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
        db.session.add(record)
        db.session.commit()
        send_reset_email(user.email, url_for("password_reset.confirm_form", token=token, _external=True))
        log.info("password reset token issued user=%s token_id=%s", user.id, record.id)
    # same answer either way so the endpoint can't be used to enumerate accounts
    return jsonify({"status": "sent"}), 202


@bp.post("/password-reset/confirm")
def confirm_reset():
    body = request.get_json(silent=True) or {}
    token, new_password = body.get("token", ""), body.get("password", "")
    if len(new_password) < current_app.config.get("MIN_PASSWORD_LENGTH", 12):
        return jsonify({"error": "password too short"}), 400
    record = PasswordResetToken.query.filter_by(token_digest=_token_digest(token), used_at=None).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        log.info("password reset rejected token_id=%s", getattr(record, "id", None))
        return jsonify({"error": "invalid or expired token"}), 400
    record.user.password_hash = hash_password(new_password)
    record.used_at = datetime.now(timezone.utc)
    db.session.commit()
    log.info("password reset completed user=%s", record.user_id)
    return jsonify({"status": "ok"})
