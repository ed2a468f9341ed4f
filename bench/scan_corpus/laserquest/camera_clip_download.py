"""Lets players download the highlight clips the arena cameras recorded of their game."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    CLIP_ROOT=os.environ.get("CLIP_ROOT", "/srv/laserquest/clips"),
)


def _require_player() -> int:
    player_id = session.get("player_id")
    if player_id is None:
        abort(401)
    return int(player_id)


@app.get("/clips")
def list_clips():
    player_id = _require_player()
    player_dir = os.path.join(app.config["CLIP_ROOT"], str(player_id))
    if not os.path.isdir(player_dir):
        return jsonify([])
    clips = []
    for entry in sorted(os.scandir(player_dir), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".mp4"):
            stat = entry.stat()
            clips.append(
                {
                    "file": entry.name,
                    "size": stat.st_size,
                    "recorded": datetime.fromtimestamp(stat.st_mtime).isoformat(),
                }
            )
    return jsonify(clips)


@app.get("/clips/download")
def download_clip():
    player_id = _require_player()
    name = request.args.get("file", "")
    if not name:
        abort(400)
    clip_path = os.path.join(app.config["CLIP_ROOT"], str(player_id), name)
    if not os.path.isfile(clip_path):
        abort(404)
    return send_file(clip_path, mimetype="video/mp4", as_attachment=True, download_name=name)
