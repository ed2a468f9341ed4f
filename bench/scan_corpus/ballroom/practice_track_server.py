"""Streams licensed practice tracks to members of the dance school."""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory, session

bp = Blueprint("practice_tracks", __name__, url_prefix="/practice")


def _library_dir() -> str:
    return current_app.config["MUSIC_LIBRARY_DIR"]


def _require_member() -> int:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    return int(member_id)


@bp.get("/tracks")
def list_tracks():
    _require_member()
    names = sorted(n for n in os.listdir(_library_dir()) if n.lower().endswith(".mp3"))
    return jsonify(tracks=names)


@bp.get("/tracks/<path:filename>")
def download_track(filename: str):
    _require_member()
    if not filename.lower().endswith(".mp3"):
        abort(404)
    return send_from_directory(
        _library_dir(),
        filename,
        mimetype="audio/mpeg",
        as_attachment=True,
    )


@bp.get("/playlists/<int:playlist_id>")
def playlist(playlist_id: int):
    _require_member()
    from .playlists import tracks_for_playlist

    tracks = tracks_for_playlist(playlist_id)
    if tracks is None:
        abort(404)
    return jsonify(
        id=playlist_id,
        tracks=[{"title": t.title, "bpm": t.bpm, "file": t.filename} for t in tracks],
    )
