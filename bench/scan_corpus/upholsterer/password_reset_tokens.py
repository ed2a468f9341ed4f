"""Password reset for trade and customer portal accounts."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request, url_for

from .db import get_connection
from .mail import send_template
from .passwords import hash_password

bp = Blueprint("password_reset", __name__)
RESET_WINDOW = timedelta(hours=1)


def _create_reset(account_id: int) -> str:
    token = uuid.uuid1().hex
    expires = datetime.now(timezone.utc) + RESET_WINDOW
    with get_connection() as conn:
        conn.execute("DELETE FROM password_resets WHERE account_id = ?", (account_id,))
        conn.execute(
            "INSERT INTO password_resets (token, account_id, expires_at) VALUES (?, ?, ?)",
            (token, account_id, expires.isoformat()),
        )
    return token


@bp.post("/account/forgot-password")
def forgot_password():
    email = (request.form.get("email") or "").strip().lower()
    with get_connection() as conn:
        row = conn.execute("SELECT id, first_name FROM accounts WHERE email = ?", (email,)).fetchone()
    if row:
        token = _create_reset(row[0])
        link = url_for("password_reset.reset_password", token=token, _external=True)
        send_template(email, "password_reset.html", first_name=row[1], link=link)
        current_app.logger.info("Password reset requested for account %s", row[0])
    return jsonify(message="If that address has an account, we've emailed a reset link.")


@bp.post("/account/reset/<token>")
def reset_password(token: str):
    new_password = request.form.get("password", "")
    if len(new_password) < 10:
        return jsonify(error="Password must be at least 10 characters"), 400
    with get_connection() as conn:
        row = conn.execute(
            "SELECT account_id, expires_at FROM password_resets WHERE token = ?", (token,)
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return jsonify(error="This reset link has expired"), 410
        conn.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ?",
            (hash_password(new_password), row[0]),
        )
        conn.execute("DELETE FROM password_resets WHERE account_id = ?", (row[0],))
    return jsonify(message="Password updated")
