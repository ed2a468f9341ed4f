"""Password reset for game-master and franchise staff accounts."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, request, url_for, jsonify

from staff.accounts import find_staff_by_email, save_reset_token
from staff.mail import send_reset_email

bp = Blueprint("staff_reset", __name__, url_prefix="/staff")

RESET_TTL = timedelta(minutes=30)


@bp.post("/password-reset")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    staff = find_staff_by_email(email)
    if staff is not None:
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + RESET_TTL
        save_reset_token(staff.id, token, expires)
        link = url_for("staff_reset.confirm", token=token, _external=True)
        current_app.logger.info("password reset issued for %s: %s", staff.email, link)
        send_reset_email(staff.email, link, expires)
    # same response either way so the endpoint can't be used to enumerate staff
    return jsonify({"status": "ok"}), 202


@bp.get("/password-reset/<token>")
def confirm(token: str):
    return current_app.send_static_file("reset.html")
