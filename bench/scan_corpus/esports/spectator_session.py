"""Spectator sessions for the watch-party pages.

Viewers who pick a team to cheer for get a lightweight session so their
pick and chat nickname survive a reload.
"""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from watchparty.store import SpectatorStore

bp = Blueprint("spectators", __name__)
store = SpectatorStore()

COOKIE_NAME = "wp_spectator"
COOKIE_MAX_AGE = timedelta(days=7)


@bp.post("/watch/<int:match_id>/join")
def join(match_id: int):
    payload = request.get_json(silent=True) or {}
    team_pick = payload.get("team")
    nickname = (payload.get("nickname") or "").strip()[:24] or "spectator"
    session_id = secrets.token_urlsafe(32)
    store.create(session_id, match_id=match_id, team=team_pick, nickname=nickname)
    resp = make_response(jsonify({"match_id": match_id, "nickname": nickname}))
    resp.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=int(COOKIE_MAX_AGE.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/watch",
    )
    return resp


@bp.post("/watch/leave")
def leave():
    session_id = request.cookies.get(COOKIE_NAME)
    if session_id:
        store.delete(session_id)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(COOKIE_NAME, path="/watch", secure=True, httponly=True, samesite="Lax")
    return resp
