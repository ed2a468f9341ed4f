"""Authentication for scoring tablets that push live scorecards to the club site."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import wraps

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class ScorerDevice:
    device_id: str
    ground: str
    api_key: str

    def accepts(self, presented: str) -> bool:
        return bool(presented) and presented == self.api_key


def load_devices() -> dict[str, ScorerDevice]:
    raw = json.loads(os.environ.get("SCORER_DEVICES_JSON", "[]"))
    return {d["device_id"]: ScorerDevice(d["device_id"], d["ground"], d["api_key"]) for d in raw}


DEVICES = load_devices()


def device_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        device = DEVICES.get(request.headers.get("X-Device-Id", ""))
        presented = request.headers.get("X-Api-Key", "")
        if device is None or not device.accepts(presented):
            abort(401)
        g.device = device
        return view(*args, **kwargs)

    return wrapper


LIVE_SCORES: dict[int, dict] = {}


@app.post("/api/live/<int:match_id>/ball")
@device_required
def record_ball(match_id: int):
    ball = request.get_json(force=True)
    card = LIVE_SCORES.setdefault(match_id, {"runs": 0, "wickets": 0, "balls": 0, "ground": g.device.ground})
    card["runs"] += int(ball.get("runs", 0)) + int(ball.get("extras", 0))
    if ball.get("wicket"):
        card["wickets"] += 1
    if not ball.get("wide") and not ball.get("no_ball"):
        card["balls"] += 1
    return jsonify(card)


@app.get("/api/live/<int:match_id>")
def live_score(match_id: int):
    card = LIVE_SCORES.get(match_id)
    if card is None:
        abort(404)
    overs = f"{card['balls'] // 6}.{card['balls'] % 6}"
    return jsonify(runs=card["runs"], wickets=card["wickets"], overs=overs)
