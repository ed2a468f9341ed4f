"""JSON API used by the embeddable web player.

The player is dropped into creators' own websites via an <iframe> or a
<script> tag, so it calls us cross-origin with the listener's session cookie
(for resume position and private-feed episodes).
"""
from flask import Blueprint, g, jsonify, request

from .auth import load_listener
from .playback import get_resume_position, save_resume_position
from .shows import get_episode_for_listener

api = Blueprint("player_api", __name__, url_prefix="/player/v1")


@api.before_request
def _attach_listener():
    g.listener = load_listener(request)


@api.after_request
def _cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, PUT, OPTIONS"
        response.headers.add("Vary", "Origin")
    return response


@api.get("/episodes/<int:episode_id>")
def episode(episode_id: int):
    ep = get_episode_for_listener(episode_id, g.listener)
    if ep is None:
        return jsonify(error="not found"), 404
    return jsonify(
        id=ep.id,
        title=ep.title,
        audio_url=ep.audio_url,
        duration=ep.duration_seconds,
        position=get_resume_position(g.listener, ep.id) if g.listener else 0,
    )


@api.put("/episodes/<int:episode_id>/position")
def update_position(episode_id: int):
    if g.listener is None:
        return jsonify(error="login required"), 401
    seconds = int(request.get_json(force=True).get("position", 0))
    save_resume_position(g.listener, episode_id, max(seconds, 0))
    return jsonify(ok=True)
