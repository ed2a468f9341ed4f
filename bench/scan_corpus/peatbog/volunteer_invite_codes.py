"""Invite codes for volunteer work parties.

Site coordinators create a work party (e.g. "Blackmoss dam day, 14 May") and
hand out invite codes so volunteers can claim one of the limited places.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .auth import coordinator_required
from .db import engine

bp = Blueprint("invites", __name__, url_prefix="/work-parties")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=21)


@bp.post("/<int:party_id>/invites")
@coordinator_required
def create_invites(party_id: int):
    count = min(int(request.json.get("count", 1)), 50)
    expires = datetime.now(timezone.utc) + INVITE_TTL
    codes = []
    with engine.begin() as conn:
        party = conn.execute(
            text("SELECT id, places FROM work_parties WHERE id = :id"), {"id": party_id}
        ).first()
        if party is None:
            abort(404)
        for _ in range(count):
            code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
            conn.execute(
                text(
                    "INSERT INTO invites (party_id, code, expires_at) "
                    "VALUES (:party, :code, :exp)"
                ),
                {"party": party_id, "code": code, "exp": expires},
            )
            codes.append(code)
    return jsonify({"party_id": party_id, "codes": codes, "expires_at": expires.isoformat()})


@bp.post("/claim")
def claim_invite():
    code = (request.json or {}).get("code", "").strip().upper()
    volunteer_id = (request.json or {}).get("volunteer_id")
    with engine.begin() as conn:
        invite = conn.execute(
            text(
                "SELECT id, party_id FROM invites "
                "WHERE code = :code AND claimed_by IS NULL AND expires_at > now()"
            ),
            {"code": code},
        ).first()
        if invite is None:
            abort(404)
        conn.execute(
            text("UPDATE invites SET claimed_by = :vol WHERE id = :id"),
            {"vol": volunteer_id, "id": invite.id},
        )
    return jsonify({"party_id": invite.party_id, "status": "claimed"})
