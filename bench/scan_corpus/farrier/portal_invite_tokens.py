"""Invitations that let a horse owner claim their records on the owner portal.

After the first visit the farrier sends the owner an invitation link; the
token in the link binds the new portal account to the existing owner record.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from .models import Owner, PortalInvite, db
from .notifications import send_email

bp = Blueprint("portal_invites", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
INVITE_TTL = timedelta(days=14)


def new_invite_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


@bp.post("/owners/<int:owner_id>/invite")
@login_required
def send_invite(owner_id: int):
    if not current_user.is_staff:
        abort(403)
    owner = db.session.get(Owner, owner_id) or abort(404)
    if not owner.email:
        return jsonify(error="owner has no email address on file"), 400

    invite = PortalInvite(
        owner_id=owner.id,
        token=new_invite_token(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(invite)
    db.session.commit()

    link = url_for("portal_invites.accept_invite", token=invite.token, _external=True)
    send_email(
        to=owner.email,
        subject=f"Your {current_app.config['BUSINESS_NAME']} owner portal",
        body=f"Hello {owner.first_name},\n\nSet up your portal account here:\n{link}\n",
    )
    return jsonify(status="sent", expires_at=invite.expires_at.isoformat())


@bp.post("/portal/invite/<token>")
def accept_invite(token: str):
    invite = db.session.scalars(
        select(PortalInvite).where(PortalInvite.token == token, PortalInvite.used_at.is_(None))
    ).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    body = request.get_json(force=True)
    owner = db.session.get(Owner, invite.owner_id)
    owner.set_portal_password(body["password"])
    invite.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify(status="activated", owner_id=owner.id)
