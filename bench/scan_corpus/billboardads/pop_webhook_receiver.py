"""Receives proof-of-play batches uploaded by digital screen players.

Each player signs its batch body with HMAC-SHA256 using the per-player
secret handed out at provisioning.  Accepted batches are stored for the
billing reconciliation job.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("proof_of_play", __name__, url_prefix="/pop")


def _db() -> sqlite3.Connection:
    return sqlite3.connect(current_app.config["POP_DB_PATH"])


def _player_secret(conn: sqlite3.Connection, player_id: str) -> bytes | None:
    row = conn.execute(
        "SELECT hmac_secret FROM players WHERE player_id = ? AND retired = 0", (player_id,)
    ).fetchone()
    return bytes.fromhex(row[0]) if row else None


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<player_id>/batches")
def upload_batch(player_id: str):
    body = request.get_data(cache=False)
    provided = request.headers.get("X-Player-Signature", "")
    with _db() as conn:
        secret = _player_secret(conn, player_id)
        if secret is None:
            abort(404)
        if provided != _expected_signature(secret, body):
            abort(401)
        try:
            batch = json.loads(body)
        except ValueError:
            abort(400)
        plays = batch.get("plays", [])
        conn.executemany(
            "INSERT INTO plays (player_id, creative_id, started_at, duration_ms) "
            "VALUES (?, ?, ?, ?)",
            [
                (player_id, p["creative_id"], p["started_at"], int(p["duration_ms"]))
                for p in plays
            ],
        )
    return jsonify({"accepted": len(plays)}), 202
