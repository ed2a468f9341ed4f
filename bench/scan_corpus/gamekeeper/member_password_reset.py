"""Password reset for gun club members.

A reset request emails a single-use link that expires after a short window.
Only a digest of the token is stored so that a database read does not yield
usable links.
"""
import hashlib
import secrets
import time

from flask import Blueprint, abort, current_app, request, url_for
from flask_mail import Message

from gamekeeper.extensions import db, mail
from gamekeeper.models import ClubMember, ResetToken

bp = Blueprint("member_reset", __name__)

TOKEN_TTL_SECONDS = 45 * 60


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_reset_token(member: ClubMember) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(
        ResetToken(
            member_id=member.id,
            token_digest=_digest(token),
            expires_at=int(time.time()) + TOKEN_TTL_SECONDS,
        )
    )
    db.session.commit()
    return token


@bp.post("/password/forgot")
def forgot_password():
    email = request.form.get("email", "").strip().lower()
    member = ClubMember.query.filter_by(email=email).first()
    if member is not None:
        token = create_reset_token(member)
        msg = Message(
            "Reset your club password",
            recipients=[member.email],
            body=f"Use this link within 45 minutes: {url_for('member_reset.reset_form', token=token, _external=True)}",
        )
        mail.send(msg)
    current_app.logger.info("password reset requested")
    return {"status": "sent"}, 202


@bp.get("/password/reset/<token>")
def reset_form(token: str):
    record = ResetToken.query.filter_by(token_digest=_digest(token)).first()
    if record is None or record.expires_at < int(time.time()):
        abort(404)
    return {"member_id": record.member_id}
