"""Password reset flow for trade portal users."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, request, url_for

from goldbeater.db import db
from goldbeater.mail import send_template
from goldbeater.models import PasswordReset, TradeUser

bp = Blueprint("reset", __name__)

RESET_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_reset(user: TradeUser) -> None:
    token = secrets.token_urlsafe(32)
    db.session.add(
        PasswordReset(
            user_id=user.id,
            token_digest=_digest(token),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    db.session.commit()
    link = url_for("reset.complete", token=token, _external=True)
    send_template(user.email, "password_reset.txt", link=link)


@bp.post("/reset")
def request_reset():
    user = TradeUser.query.filter_by(email=request.form.get("email", "").lower()).first()
    if user is not None:
        start_reset(user)
    return {"status": "sent"}


@bp.post("/reset/<token>")
def complete(token: str):
    reset = PasswordReset.query.filter_by(token_digest=_digest(token), used=False).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        abort(404)
    reset.user.set_password(request.form["password"])
    reset.used = True
    db.session.commit()
    return {"status": "ok"}
