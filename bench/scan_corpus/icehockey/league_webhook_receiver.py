"""Receives game-result webhooks pushed by the provincial league API."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .db import get_connection

log = logging.getLogger(__name__)
bp = Blueprint("league_webhooks", __name__, url_prefix="/hooks/league")


def _signing_secret() -> bytes:
    return os.environ["LEAGUE_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/game-result")
def game_result():
    signature = request.headers.get("X-League-Signature", "")
    body = request.get_data()
    if signature != _expected_signature(body):
        log.warning("Rejected league webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = request.get_json()
    game_id = event["game_id"]
    home_goals = int(event["home_goals"])
    away_goals = int(event["away_goals"])
    status = event.get("status", "final")
    if status not in {"final", "forfeit", "suspended"}:
        abort(422, "Unknown game status.")

    with get_connection() as conn:
        updated = conn.execute(
            "UPDATE games SET home_goals = %s, away_goals = %s, status = %s, "
            "league_synced_at = now() WHERE league_game_id = %s",
            (home_goals, away_goals, status, game_id),
        ).rowcount
    if updated == 0:
        log.info("League webhook for unknown game %s ignored", game_id)
        return jsonify({"status": "ignored"}), 202
    return jsonify({"status": "recorded"})
