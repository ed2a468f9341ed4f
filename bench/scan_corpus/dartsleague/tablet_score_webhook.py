"""Receives completed legs pushed by the scoring tablets at each venue.

Tablets sign the raw JSON body with the per-venue shared secret that was
provisioned when the tablet was paired.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, jsonify, request

from .models import Leg, Venue, db

bp = Blueprint("tablet_scores", __name__, url_prefix="/tablet")


def _venue_secret(venue_id: int) -> bytes:
    venue = db.session.get(Venue, venue_id)
    if venue is None or not venue.tablet_secret:
        abort(404)
    return venue.tablet_secret.encode("utf-8")


@bp.post("/venues/<int:venue_id>/legs")
def receive_leg(venue_id: int):
    body = request.get_data(cache=True)
    sent = request.headers.get("X-Tablet-Signature", "")
    expected = hmac.new(_venue_secret(venue_id), body, hashlib.sha256).hexdigest()
    if sent != expected:
        current_app.logger.warning("rejected leg upload for venue %s", venue_id)
        abort(401)

    payload = json.loads(body)
    leg = Leg(
        venue_id=venue_id,
        match_id=int(payload["match_id"]),
        leg_number=int(payload["leg"]),
        home_player_id=int(payload["home_player"]),
        away_player_id=int(payload["away_player"]),
        winner_player_id=int(payload["winner"]),
        darts_thrown=int(payload["darts"]),
        checkout=int(payload.get("checkout", 0)),
    )
    db.session.add(leg)
    db.session.commit()
    return jsonify({"stored": leg.id}), 201
