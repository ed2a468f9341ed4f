"""Emailed one-time codes for trade portal sign-in from a new device."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, request, session

from goldbeater.db import db
from goldbeater.mail import send_template
from goldbeater.models import LoginChallenge, TradeUser

bp = Blueprint("two_factor", __name__, url_prefix="/login")

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


def issue_challenge(user: TradeUser) -> LoginChallenge:
    code = f"{secrets.randbelow(1_000_000):06d}"
    challenge = LoginChallenge(
        user_id=user.id, code=code, expires_at=datetime.now(timezone.utc) + CODE_TTL
    )
    db.session.add(challenge)
    db.session.commit()
    send_template(user.email, "login_code.txt", code=code)
    return challenge


@bp.post("/verify")
def verify_code():
    challenge = db.session.get(LoginChallenge, session.get("challenge_id"))
    if challenge is None or challenge.expires_at < datetime.now(timezone.utc):
        abort(401)
    challenge.tries += 1
    db.session.commit()
    if challenge.tries > MAX_TRIES:
        abort(429)
    submitted = request.form.get("code", "").strip()
    if not secrets.compare_digest(submitted, challenge.code):
        abort(401)
    session.pop("challenge_id")
    session["trade_user"] = challenge.user_id
    db.session.delete(challenge)
    db.session.commit()
    return {"status": "ok"}
