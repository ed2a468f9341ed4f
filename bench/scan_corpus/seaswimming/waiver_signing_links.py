"""Flask blueprint that emails members a link to sign the season waiver."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import Member, WaiverInvite

bp = Blueprint("waivers", __name__, url_prefix="/waivers")

INVITE_TTL = timedelta(days=7)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _new_invite_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=40))


@bp.post("/invite")
def send_waiver_invite():
    payload = request.get_json(silent=True) or {}
    member = Member.query.filter_by(id=payload.get("member_id")).first()
    if member is None:
        abort(404)

    invite = WaiverInvite(
        member_id=member.id,
        token=_new_invite_token(),
        season=payload.get("season", datetime.now(timezone.utc).year),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(invite)
    db.session.commit()

    link = f"{current_app.config['PUBLIC_BASE_URL']}/waivers/sign/{invite.token}"
    msg = Message(
        subject="Please sign your open-water swimming waiver",
        recipients=[member.email],
        body=(
            f"Hi {member.first_name},\n\n"
            "Before your next sea swim we need a signed waiver for this season.\n"
            f"Sign here: {link}\n\nThe link is valid for seven days."
        ),
    )
    mail.send(msg)
    return jsonify({"invite_id": invite.id, "expires_at": invite.expires_at.isoformat()}), 201


@bp.get("/sign/<token>")
def open_waiver(token: str):
    invite = WaiverInvite.query.filter_by(token=token, signed_at=None).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    return jsonify({"member_id": invite.member_id, "season": invite.season})
