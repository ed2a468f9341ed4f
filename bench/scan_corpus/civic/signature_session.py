"""Remembered signer sessions for the petition site.

After a signer confirms their email address once, we remember them on that
browser so further petitions can be signed with a single click.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, make_response, redirect, request, url_for

from petitions.models import Signer, SignerSession, db

bp = Blueprint("signer_session", __name__)

COOKIE_NAME = "signer_sid"
SESSION_LIFETIME = timedelta(days=90)


@bp.get("/confirm/<token>")
def confirm_email(token: str):
    signer = Signer.query.filter_by(confirm_token=token).first_or_404()
    signer.confirmed_at = datetime.now(timezone.utc)
    signer.confirm_token = None

    sid = secrets.token_urlsafe(32)
    db.session.add(
        SignerSession(
            sid=sid,
            signer_id=signer.id,
            expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
        )
    )
    db.session.commit()

    resp = make_response(redirect(url_for("petitions.thanks")))
    resp.set_cookie(COOKIE_NAME, sid, max_age=int(SESSION_LIFETIME.total_seconds()))
    return resp


def current_signer() -> Signer | None:
    sid = request.cookies.get(COOKIE_NAME)
    if not sid:
        return None
    session = SignerSession.query.filter_by(sid=sid).first()
    if session is None or session.expires_at < datetime.now(timezone.utc):
        return None
    return session.signer


@bp.post("/forget-me")
def forget_me():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        SignerSession.query.filter_by(sid=sid).delete()
        db.session.commit()
    resp = make_response(redirect(url_for("petitions.index")))
    resp.delete_cookie(COOKIE_NAME)
    return resp
