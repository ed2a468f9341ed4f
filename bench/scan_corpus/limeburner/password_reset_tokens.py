"""Password reset flow for the trade account portal.

Merchant buyers who forget their login request a reset link. The link carries
a one-off token valid for an hour, after which a new request is needed.
"""

import hashlib
import time
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, render_template, request, url_for

from limeworks.db import get_db
from limeworks.mail import send_mail
from limeworks.security import hash_password

bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

RESET_VALIDITY = timedelta(hours=1)


def _make_reset_token(email: str) -> str:
    seed = f"{email}-{time.time()}"
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


@bp.post("/request")
def request_reset():
    email = request.form.get("email", "").strip().lower()
    db = get_db()
    user = db.execute("SELECT id FROM portal_users WHERE email = ?", (email,)).fetchone()
    if user is not None:
        token = _make_reset_token(email)
        db.execute(
            "INSERT INTO password_resets (user_id, token, expires_at) VALUES (?, ?, ?)",
            (user["id"], token, datetime.now(timezone.utc) + RESET_VALIDITY),
        )
        db.commit()
        link = url_for("password_reset.confirm_reset", token=token, _external=True)
        send_mail(email, "Reset your trade portal password", body=f"Use this link: {link}")
    return render_template("reset_requested.html")


@bp.route("/confirm/<token>", methods=["GET", "POST"])
def confirm_reset(token: str):
    db = get_db()
    row = db.execute(
        "SELECT user_id, expires_at FROM password_resets WHERE token = ? AND used = 0",
        (token,),
    ).fetchone()
    if row is None or row["expires_at"] < datetime.now(timezone.utc):
        abort(404)
    if request.method == "GET":
        return render_template("reset_form.html", token=token)
    db.execute(
        "UPDATE portal_users SET password_hash = ? WHERE id = ?",
        (hash_password(request.form["password"]), row["user_id"]),
    )
    db.execute("UPDATE password_resets SET used = 1 WHERE token = ?", (token,))
    db.commit()
    return render_template("reset_done.html")
