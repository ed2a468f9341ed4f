"""Account recovery for game-master logins on the console."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request, url_for

from staff.accounts import find_staff_by_email, save_reset_token
from staff.mail import send_reset_email

bp = Blueprint("gm_recovery", __name__, url_prefix="/gm")

RESET_TTL = timedelta(minutes=30)


@bp.post("/recover")
def start_recovery():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    staff = find_staff_by_email(email)
    if staff is not None:
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + RESET_TTL
        save_reset_token(staff.id, token, expires)
        link = url_for("gm_recovery.finish", token=token, _external=True)
        send_reset_email(staff.email, link, expires)
        current_app.logger.info("recovery link issued staff_id=%s expires=%s", staff.id, expires.isoformat())
    return jsonify({"status": "ok"}), 202


@bp.get("/recover/<token>")
def finish(token: str):
    return current_app.send_static_file("recover.html")
