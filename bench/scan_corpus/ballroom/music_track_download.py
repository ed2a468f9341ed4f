"""Serves licensed practice tracks to registered competitors and coaches.

Tracks are stored as MP3s in the venue's music library folder, one file per
track, named the way the catalogue lists them.
"""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_file, session

bp = Blueprint("music", __name__, url_prefix="/music")


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
    tracks = sorted(
        name for name in os.listdir(_library_dir()) if name.lower().endswith(".mp3")
    )
    return jsonify(tracks=tracks)


@bp.get("/tracks/<path:filename>")
def download_track(filename: str):
    _require_member()
    full_path = os.path.join(_library_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype="audio/mpeg",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/tracks/<path:filename>/info")
def track_info(filename: str):
    _require_member()
    names = set(os.listdir(_library_dir()))
    if filename not in names:
        abort(404)
    stat = os.stat(os.path.join(_library_dir(), filename))
    return jsonify(name=filename, size=stat.st_size, modified=int(stat.st_mtime))
