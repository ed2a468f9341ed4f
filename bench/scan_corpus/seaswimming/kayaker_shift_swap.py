"""Shift swaps on the safety kayaker rota.

A kayaker who cannot cover a session offers it to another volunteer; the
second volunteer confirms by entering the swap code sent to them by email.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, request

from .db import get_db

bp = Blueprint("rota_swaps", __name__, url_prefix="/rota/swaps")
SWAP_TTL = timedelta(hours=48)


@bp.post("/")
def offer_swap():
    body = request.get_json(force=True)
    shift_id = int(body["shift_id"])
    to_volunteer = int(body["to_volunteer_id"])
    code = secrets.token_hex(4)
    db = get_db()
    db.execute(
        "INSERT INTO rota_swaps (shift_id, from_volunteer_id, to_volunteer_id, swap_code, expires_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (shift_id, g.volunteer_id, to_volunteer, code,
         (datetime.now(timezone.utc) + SWAP_TTL).isoformat()),
    )
    db.commit()
    return jsonify({"status": "offered"}), 201


def _load_swap(swap_id: int):
    return get_db().execute(
        "SELECT id, shift_id, to_volunteer_id, swap_code, expires_at"
        " FROM rota_swaps WHERE id = ? AND accepted_at IS NULL",
        (swap_id,),
    ).fetchone()


@bp.post("/<int:swap_id>/accept")
def accept_swap(swap_id: int):
    swap = _load_swap(swap_id)
    if swap is None or swap["to_volunteer_id"] != g.volunteer_id:
        abort(404)
    if datetime.fromisoformat(swap["expires_at"]) < datetime.now(timezone.utc):
        abort(410)
    submitted = (request.get_json(force=True).get("code") or "").strip().lower()
    if submitted != swap["swap_code"]:
        abort(403)
    db = get_db()
    db.execute(
        "UPDATE rota_shifts SET volunteer_id = ? WHERE id = ?",
        (g.volunteer_id, swap["shift_id"]),
    )
    db.execute(
        "UPDATE rota_swaps SET accepted_at = ? WHERE id = ?",
        (datetime.now(timezone.utc).isoformat(), swap_id),
    )
    db.commit()
    return jsonify({"status": "accepted", "shift_id": swap["shift_id"]})
