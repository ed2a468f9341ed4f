"""Optimistic concurrency for game-sheet edits made by scorekeepers at the rink.

Two scorekeepers may edit the same game sheet from different tablets; the
client sends back the ETag it last saw and stale edits are refused.
"""
from __future__ import annotations

import hashlib
import json

from flask import Blueprint, abort, jsonify, make_response, request

from .db import get_connection

bp = Blueprint("game_sheet_edit", __name__, url_prefix="/api/game-sheets")

EDITABLE = {"goals", "penalties", "shots", "goalie_changes", "notes"}


def sheet_etag(sheet: dict) -> str:
    canonical = json.dumps(sheet, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:32]


def load_sheet(game_id: int) -> dict:
    with get_connection() as conn:
        row = conn.execute("SELECT body FROM game_sheets WHERE game_id = %s", (game_id,)).fetchone()
    if row is None:
        abort(404)
    return row[0]


@bp.get("/<int:game_id>")
def get_sheet(game_id: int):
    sheet = load_sheet(game_id)
    response = make_response(jsonify(sheet))
    response.set_etag(sheet_etag(sheet))
    return response


@bp.patch("/<int:game_id>")
def patch_sheet(game_id: int):
    sheet = load_sheet(game_id)
    client_etag = request.headers.get("If-Match", "").strip('"')
    if client_etag != sheet_etag(sheet):
        abort(412, "The game sheet changed since you loaded it; reload and try again.")

    changes = request.get_json(force=True)
    unknown = set(changes) - EDITABLE
    if unknown:
        abort(400, f"Fields cannot be edited: {', '.join(sorted(unknown))}")
    sheet.update(changes)

    with get_connection() as conn:
        conn.execute(
            "UPDATE game_sheets SET body = %s, updated_at = now() WHERE game_id = %s",
            (json.dumps(sheet, default=str), game_id),
        )
    response = make_response(jsonify(sheet))
    response.set_etag(sheet_etag(sheet))
    return response
