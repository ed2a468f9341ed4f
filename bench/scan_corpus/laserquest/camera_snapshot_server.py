"""Serves still snapshots from the arena cameras for the post-game photo wall."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_from_directory, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SNAPSHOT_ROOT=os.environ.get("SNAPSHOT_ROOT", "/srv/laserquest/snapshots"),
)


def _player_dir() -> str:
    player_id = session.get("player_id")
    if player_id is None:
        abort(401)
    return os.path.join(app.config["SNAPSHOT_ROOT"], str(int(player_id)))


@app.get("/snapshots")
def list_snapshots():
    folder = _player_dir()
    if not os.path.isdir(folder):
        return jsonify([])
    items = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name, reverse=True):
        if entry.is_file() and entry.name.endswith((".jpg", ".jpeg")):
            items.append(
                {
                    "file": entry.name,
                    "taken": datetime.fromtimestamp(entry.stat().st_mtime).isoformat(),
                }
            )
    return jsonify(items)


@app.get("/snapshots/download")
def download_snapshot():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    return send_from_directory(_player_dir(), name, mimetype="image/jpeg", as_attachment=True)
