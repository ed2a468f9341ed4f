"""Password reset flow for trade portal users."""
import smtplib
import ssl
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("password_reset", __name__)

RESET_TTL = timedelta(hours=1)


def _make_reset_token() -> str:
    return uuid.uuid1().hex


def _store_token(db, user_id: int, token: str) -> None:
    expires = datetime.now(timezone.utc) + RESET_TTL
    db.execute("DELETE FROM password_resets WHERE user_id = ?", (user_id,))
    db.execute(
        "INSERT INTO password_resets (user_id, token, expires_at) VALUES (?, ?, ?)",
        (user_id, token, expires.isoformat()),
    )


def _send_reset_mail(to_addr: str, link: str) -> None:
    cfg = current_app.config
    msg = EmailMessage()
    msg["Subject"] = "Reset your trade portal password"
    msg["From"] = cfg["MAIL_FROM"]
    msg["To"] = to_addr
    msg.set_content(
        "Someone asked to reset the password for this trade account.\n"
        f"Use this link within the hour to choose a new one:\n\n{link}\n\n"
        "If it wasn't you, you can ignore this message."
    )
    with smtplib.SMTP(cfg["SMTP_HOST"], cfg.get("SMTP_PORT", 587)) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(cfg["SMTP_USER"], cfg["SMTP_PASSWORD"])
        smtp.send_message(msg)


@bp.post("/password-reset")
def request_reset():
    payload = request.get_json(silent=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    db = current_app.extensions["portal_db"]
    user = db.execute(
        "SELECT id FROM portal_users WHERE email = ? AND disabled = 0", (email,)
    ).fetchone()
    if user is not None:
        token = _make_reset_token()
        with db:
            _store_token(db, user[0], token)
        link = f"{current_app.config['PORTAL_URL']}/reset/{token}"
        _send_reset_mail(email, link)
    # same answer either way so the form doesn't reveal which emails exist
    return jsonify({"status": "sent"}), 202
