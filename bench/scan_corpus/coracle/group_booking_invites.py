"""Group trip invitations.

A group organiser (hen parties, scout troops, office away-days) books a
guided canoe trip and invites the rest of the group by link. Once everyone
has joined, paddlers are paired into two-person Canadian canoes.
"""

import random
import secrets
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request

from coracle.db import get_db

groups_bp = Blueprint("groups", __name__, url_prefix="/groups")

INVITE_BYTES = 18


@dataclass
class CanoePairing:
    boats: list[tuple[str, ...]] = field(default_factory=list)


def new_invite_code() -> str:
    return secrets.token_urlsafe(INVITE_BYTES)


def pair_paddlers(names: list[str]) -> CanoePairing:
    shuffled = names[:]
    random.shuffle(shuffled)
    boats = [tuple(shuffled[i:i + 2]) for i in range(0, len(shuffled), 2)]
    return CanoePairing(boats=boats)


@groups_bp.post("/<int:trip_id>/invites")
def create_invite(trip_id: int):
    db = get_db()
    code = new_invite_code()
    db.execute(
        "INSERT INTO trip_invites (trip_id, code, max_uses) VALUES (?, ?, ?)",
        (trip_id, code, request.json.get("max_uses", 12)),
    )
    db.commit()
    return jsonify({"invite_url": f"/join/{code}"}), 201


@groups_bp.post("/join/<code>")
def join(code: str):
    db = get_db()
    invite = db.execute(
        "SELECT trip_id, max_uses, used FROM trip_invites WHERE code = ?", (code,)
    ).fetchone()
    if invite is None or invite["used"] >= invite["max_uses"]:
        abort(404)
    db.execute(
        "INSERT INTO trip_paddlers (trip_id, name) VALUES (?, ?)",
        (invite["trip_id"], request.json["name"]),
    )
    db.execute("UPDATE trip_invites SET used = used + 1 WHERE code = ?", (code,))
    db.commit()
    return jsonify({"trip_id": invite["trip_id"]})


@groups_bp.post("/<int:trip_id>/pairings")
def make_pairings(trip_id: int):
    rows = get_db().execute("SELECT name FROM trip_paddlers WHERE trip_id = ?", (trip_id,))
    pairing = pair_paddlers([r["name"] for r in rows])
    return jsonify({"boats": pairing.boats})
