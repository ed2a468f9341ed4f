"""Invite a commission client to the build-progress portal.

After the deposit for a custom instrument clears, the client gets an
invite link. Accepting it creates their portal login.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from sqlalchemy import select

from .extensions import db
from .models import Commission, PortalInvite

bp = Blueprint("invites", __name__)
INVITE_TTL = timedelta(days=14)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invite(commission: Commission) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(PortalInvite(
        commission_id=commission.id,
        token_hash=_hash_token(token),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    ))
    db.session.commit()
    return url_for("invites.accept", token=token, _external=True)


@bp.post("/commissions/<int:commission_id>/invite")
def send_invite(commission_id: int):
    commission = db.session.get(Commission, commission_id)
    if commission is None or not commission.deposit_paid:
        abort(404)
    link = create_invite(commission)
    current_app.extensions["mailer"].send(
        to=commission.client_email,
        template="commission_invite",
        context={"client": commission.client_name, "build": commission.model_name, "link": link},
    )
    return redirect(url_for("commissions.detail", commission_id=commission_id))


@bp.route("/invite/<token>", methods=["GET", "POST"])
def accept(token: str):
    invite = db.session.scalars(
        select(PortalInvite).where(PortalInvite.token_hash == _hash_token(token))
    ).first()
    if invite is None or invite.used_at or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    if request.method == "GET":
        return render_template("invite_accept.html", invite=invite)
    current_app.extensions["accounts"].create_portal_login(
        email=invite.commission.client_email,
        password=request.form["password"],
        commission_id=invite.commission_id,
    )
    invite.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return redirect(url_for("portal.login"))
