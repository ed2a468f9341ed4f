"""Partnership desk: invite links for members looking for a partner.

A member who posts a request can send an invite link to another member;
the link carries a one-off token that lets the recipient accept without
signing in first.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, request, url_for

bp = Blueprint("partner_desk", __name__, url_prefix="/partners")

INVITE_TTL = timedelta(days=3)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def new_invite_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/requests/<int:request_id>/invite")
def send_invite(request_id: int):
    member_id = g.get("member_id")
    if member_id is None:
        abort(401)
    body = request.get_json(silent=True) or {}
    invitee_id = body.get("invitee_id")
    if not isinstance(invitee_id, int):
        abort(400)
    row = g.db.execute(
        "SELECT owner_id, session_date FROM partner_requests WHERE id = ?",
        (request_id,),
    ).fetchone()
    if row is None or row[0] != member_id:
        abort(404)
    token = new_invite_token()
    expires = datetime.now(timezone.utc) + INVITE_TTL
    g.db.execute(
        "INSERT INTO partner_invites (request_id, invitee_id, token, expires_at)"
        " VALUES (?, ?, ?, ?)",
        (request_id, invitee_id, token, expires.isoformat()),
    )
    g.db.commit()
    link = url_for("partner_desk.accept_invite", token=token, _external=True)
    return jsonify({"invite_url": link, "expires_at": expires.isoformat()}), 201


@bp.get("/invites/<token>/accept")
def accept_invite(token: str):
    row = g.db.execute(
        "SELECT id, request_id, invitee_id, expires_at FROM partner_invites"
        " WHERE token = ? AND accepted_at IS NULL",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    invite_id, request_id, invitee_id, expires_at = row
    if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
        abort(410)
    g.db.execute(
        "UPDATE partner_invites SET accepted_at = ? WHERE id = ?",
        (datetime.now(timezone.utc).isoformat(), invite_id),
    )
    g.db.execute(
        "UPDATE partner_requests SET partner_id = ?, status = 'matched' WHERE id = ?",
        (invitee_id, request_id),
    )
    g.db.commit()
    return jsonify({"request_id": request_id, "status": "matched"})
