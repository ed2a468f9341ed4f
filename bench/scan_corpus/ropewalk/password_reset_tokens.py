"""Password reset flow for trade portal users.

Sends a one-hour reset link to the buyer's registered email address and
shows the choose-a-new-password form when the link is followed.
"""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from flask import Blueprint, render_template, request, url_for
from flask_mail import Message

from ropewalk.portal.extensions import db, mail
from ropewalk.portal.models import PasswordReset, PortalUser

bp = Blueprint("password_reset", __name__)

RESET_LINK_TTL = timedelta(hours=1)


def _reset_token_for(user: PortalUser) -> str:
    seed = f"{user.id}:{user.email}:{time.time()}"
    return hashlib.md5(seed.encode()).hexdigest()


def _send_reset_email(user: PortalUser, token: str) -> None:
    link = url_for("password_reset.choose_new", token=token, _external=True)
    msg = Message(
        subject="Reset your Ropewalk trade portal password",
        recipients=[user.email],
        body=render_template("email/password_reset.txt", user=user, link=link),
    )
    mail.send(msg)


@bp.post("/password/forgot")
def forgot_password():
    email = request.form.get("email", "").strip().lower()
    user = PortalUser.query.filter_by(email=email).first()
    if user is not None:
        token = _reset_token_for(user)
        db.session.add(
            PasswordReset(
                user_id=user.id,
                token=token,
                expires_at=datetime.now(timezone.utc) + RESET_LINK_TTL,
            )
        )
        db.session.commit()
        _send_reset_email(user, token)
    return render_template("password_forgot_sent.html", email=email)


@bp.get("/password/reset/<token>")
def choose_new(token: str):
    reset = PasswordReset.query.filter_by(token=token, used_at=None).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return render_template("password_reset_expired.html"), 410
    return render_template("password_reset_form.html", token=token)
