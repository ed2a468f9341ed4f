"""Invitations that let a tannery's staff join its buyers' portal account."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request, url_for
from flask_login import current_user, login_required

from fellmonger.db import db
from fellmonger.portal.mail import send_template
from fellmonger.portal.models import BuyerInvite

bp = Blueprint("buyer_invites", __name__, url_prefix="/portal/invites")

INVITE_ALPHABET = string.ascii_letters + string.digits
INVITE_LENGTH = 24
INVITE_TTL = timedelta(days=7)


def _random_code(length: int, alphabet: str = INVITE_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def create_invite(tannery_id: int, email: str, invited_by: int) -> BuyerInvite:
    invite = BuyerInvite(
        tannery_id=tannery_id,
        email=email.lower(),
        invited_by=invited_by,
        token=_random_code(INVITE_LENGTH),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(invite)
    db.session.commit()
    return invite


@bp.post("/")
@login_required
def invite_colleague():
    email = request.json["email"]
    invite = create_invite(current_user.tannery_id, email, current_user.id)
    link = url_for("buyer_invites.accept", token=invite.token, _external=True)
    send_template(email, "invite_colleague.html", link=link, tannery=current_user.tannery.name)
    current_app.logger.info("invite %s sent for tannery %s", invite.id, invite.tannery_id)
    return jsonify(id=invite.id, expires_at=invite.expires_at.isoformat()), 201


@bp.get("/accept/<token>")
def accept(token: str):
    invite = BuyerInvite.query.filter_by(token=token).first_or_404()
    if invite.expires_at < datetime.now(timezone.utc) or invite.accepted_at:
        return jsonify(error="invite expired"), 410
    invite.accepted_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify(tannery_id=invite.tannery_id, email=invite.email)
