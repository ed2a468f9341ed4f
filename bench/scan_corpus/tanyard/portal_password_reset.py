"""Password reset flow for the buyer portal.

A buyer who has forgotten their password requests a reset link; the link is
emailed to the address on their trade account and is valid for one hour.
"""
import hashlib
import time
from datetime import datetime, timedelta, timezone

import psycopg
from flask import Blueprint, current_app, jsonify, request, url_for

from tanyard.portal.mailer import send_mail
from tanyard.portal.passwords import hash_password

bp = Blueprint("password_reset", __name__)
RESET_WINDOW = timedelta(hours=1)


def _conn():
    return psycopg.connect(current_app.config["PORTAL_DSN"])


def _reset_token_for(email: str) -> str:
    seed = f"{email}:{time.time()}"
    return hashlib.md5(seed.encode()).hexdigest()


@bp.post("/portal/password-reset")
def request_reset():
    email = request.form["email"].strip().lower()
    with _conn() as conn:
        row = conn.execute(
            "SELECT id FROM portal_users WHERE email = %s AND active", (email,)
        ).fetchone()
        if row:
            token = _reset_token_for(email)
            conn.execute(
                "INSERT INTO password_resets (user_id, token, expires_at) VALUES (%s, %s, %s)",
                (row[0], token, datetime.now(timezone.utc) + RESET_WINDOW),
            )
            link = url_for("password_reset.complete_reset", token=token, _external=True)
            send_mail(email, "Reset your portal password", f"Follow {link} within the hour.")
    return jsonify({"status": "If the address is registered, a link has been sent."})


@bp.post("/portal/password-reset/<token>")
def complete_reset(token: str):
    new_password = request.form["password"]
    with _conn() as conn:
        row = conn.execute(
            "SELECT user_id FROM password_resets WHERE token = %s AND used = false "
            "AND expires_at > now()",
            (token,),
        ).fetchone()
        if row is None:
            return jsonify({"error": "Link expired or already used"}), 400
        conn.execute(
            "UPDATE portal_users SET password_hash = %s WHERE id = %s",
            (hash_password(new_password), row[0]),
        )
        conn.execute("UPDATE password_resets SET used = true WHERE token = %s", (token,))
    return jsonify({"status": "Password changed"})
