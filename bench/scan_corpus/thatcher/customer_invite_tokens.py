"""Invitations for a second household member to join a customer account.

Many listed cottages are jointly owned; the account holder can invite a
partner or a property manager to see quotes and approve variations.
"""

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request, url_for
from flask_login import current_user, login_required

from thatcher.db import db
from thatcher.mail import send_mail
from thatcher.models import AccountInvite

bp = Blueprint("invites", __name__)

INVITE_VALID_FOR = timedelta(days=7)


def _invite_code() -> str:
    return secrets.token_urlsafe(24)


@bp.post("/account/invites")
@login_required
def create_invite():
    email = (request.json or {}).get("email", "").strip().lower()
    if "@" not in email:
        abort(400)
    invite = AccountInvite(
        account_id=current_user.account_id,
        email=email,
        code=_invite_code(),
        expires_at=datetime.now(timezone.utc) + INVITE_VALID_FOR,
    )
    db.session.add(invite)
    db.session.commit()
    link = url_for("invites.accept_invite", code=invite.code, _external=True)
    send_mail(
        to=email,
        subject=f"{current_user.display_name} has invited you to view their thatching job",
        text=f"Follow this link within 7 days to join the account: {link}",
    )
    current_app.logger.info("Invite %s created for account %s", invite.id, invite.account_id)
    return jsonify(id=invite.id, expires_at=invite.expires_at.isoformat()), 201


@bp.get("/invites/<code>")
def accept_invite(code: str):
    invite = AccountInvite.query.filter_by(code=code).first_or_404()
    if invite.expires_at < datetime.now(timezone.utc) or invite.accepted_at:
        abort(410)
    return jsonify(account_id=invite.account_id, email=invite.email)
