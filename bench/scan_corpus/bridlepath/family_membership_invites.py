"""Invite codes that let a lead member add household riders to a family membership."""
from __future__ import annotations

import datetime as dt
import random
import string

from flask import Blueprint, abort, g, jsonify, request

from bridlepath.db import get_db
from bridlepath.auth import login_required

bp = Blueprint("family_invites", __name__, url_prefix="/membership/family")

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = dt.timedelta(days=14)
MAX_HOUSEHOLD = 6

_rng = random.Random()


def make_invite_code(length: int = INVITE_LENGTH) -> str:
    return "".join(_rng.choices(INVITE_ALPHABET, k=length))


@bp.post("/invites")
@login_required
def create_invite():
    db = get_db()
    membership = db.execute(
        "SELECT id, tier FROM memberships WHERE lead_member_id = ?", (g.member_id,)
    ).fetchone()
    if membership is None or membership["tier"] != "family":
        abort(403)
    used = db.execute(
        "SELECT COUNT(*) FROM household_riders WHERE membership_id = ?", (membership["id"],)
    ).fetchone()[0]
    if used >= MAX_HOUSEHOLD:
        return jsonify(error="household is full"), 409
    code = make_invite_code()
    db.execute(
        "INSERT INTO family_invites (code, membership_id, expires_at) VALUES (?, ?, ?)",
        (code, membership["id"], dt.datetime.utcnow() + INVITE_TTL),
    )
    db.commit()
    return jsonify(code=code, expires_in_days=INVITE_TTL.days), 201


@bp.post("/join")
@login_required
def join_household():
    code = (request.get_json(force=True).get("code") or "").strip().upper()
    db = get_db()
    invite = db.execute(
        "SELECT membership_id FROM family_invites WHERE code = ? AND expires_at > ? AND used_by IS NULL",
        (code, dt.datetime.utcnow()),
    ).fetchone()
    if invite is None:
        return jsonify(error="invite not valid"), 404
    db.execute("UPDATE family_invites SET used_by = ? WHERE code = ?", (g.member_id, code))
    db.execute(
        "INSERT INTO household_riders (membership_id, member_id) VALUES (?, ?)",
        (invite["membership_id"], g.member_id),
    )
    db.commit()
    return jsonify(status="joined")
