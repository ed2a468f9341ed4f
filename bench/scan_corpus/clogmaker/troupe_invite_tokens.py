"""Invite links that let dancers join their troupe's group clog order and submit sizes."""

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from flask_login import current_user, login_required

from clogmaker.db import db
from clogmaker.models import GroupOrder, GroupOrderInvite, GroupOrderMember

bp = Blueprint("troupe_invites", __name__, url_prefix="/group-orders")

INVITE_TTL = timedelta(days=14)
TOKEN_BYTES = 32


def mint_invite_token(nbytes: int = TOKEN_BYTES) -> str:
    return secrets.token_urlsafe(nbytes)


@bp.post("/<int:order_id>/invites")
@login_required
def create_invite(order_id: int):
    order = db.session.get(GroupOrder, order_id)
    if order is None or order.leader_id != current_user.id:
        abort(404)
    invite = GroupOrderInvite(
        order_id=order.id,
        token=mint_invite_token(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(invite)
    db.session.commit()
    return jsonify({"url": url_for("troupe_invites.join", token=invite.token, _external=True)}), 201


@bp.post("/join/<token>")
def join(token: str):
    invite = GroupOrderInvite.query.filter_by(token=token).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    payload = request.get_json(force=True)
    member = GroupOrderMember(
        order_id=invite.order_id,
        dancer_name=payload["name"].strip(),
        left_length_mm=int(payload["left_length_mm"]),
        right_length_mm=int(payload["right_length_mm"]),
        width_fitting=payload.get("width", "standard"),
    )
    db.session.add(member)
    db.session.commit()
    return jsonify({"member_id": member.id}), 201
