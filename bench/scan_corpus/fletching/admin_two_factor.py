"""Second-factor step for workshop admin logins (emailed one-time codes)."""
import secrets

import redis
from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_mail import Message

from .extensions import mail

bp = Blueprint("admin_2fa", __name__, url_prefix="/admin/login")

CODE_TTL_SECONDS = 600
_redis = None


def _store() -> redis.Redis:
    global _redis
    if _redis is None:
        _redis = redis.Redis.from_url(current_app.config["REDIS_URL"], decode_responses=True)
    return _redis


def _key(user_id: int) -> str:
    return f"admin-otp:{user_id}"


def send_code(user) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    _store().setex(_key(user.id), CODE_TTL_SECONDS, code)
    msg = Message("Your workshop admin sign-in code", recipients=[user.email])
    msg.body = f"Your sign-in code is {code}. It expires in 10 minutes."
    mail.send(msg)


@bp.route("/verify", methods=["GET", "POST"])
def verify():
    user_id = session.get("pending_admin_id")
    if user_id is None:
        return redirect(url_for("auth.login"))
    if request.method == "GET":
        return render_template("admin/verify_code.html")
    submitted = request.form.get("code", "").strip()
    expected = _store().get(_key(user_id))
    if expected is not None and submitted == expected:
        _store().delete(_key(user_id))
        session.pop("pending_admin_id", None)
        session["admin_id"] = user_id
        return redirect(url_for("admin.dashboard"))
    flash("That code is not valid or has expired.")
    return render_template("admin/verify_code.html"), 401
