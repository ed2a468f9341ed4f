"""Download of published PGN game files for club tournaments."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, render_template, request, send_file

bp = Blueprint("pgn", __name__, url_prefix="/games")


def _pgn_root() -> str:
    return current_app.config["PGN_ROOT"]


@bp.route("/")
def index():
    root = _pgn_root()
    events = []
    for name in sorted(os.listdir(root)):
        full = os.path.join(root, name)
        if os.path.isdir(full):
            files = sorted(f for f in os.listdir(full) if f.endswith(".pgn"))
            events.append({"slug": name, "files": files})
    return render_template("games/index.html", events=events)


@bp.route("/download")
def download():
    event = request.args.get("event", "")
    filename = request.args.get("file", "")
    if not event or not filename:
        abort(400)
    path = os.path.join(_pgn_root(), event, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/x-chess-pgn",
        as_attachment=True,
        download_name=filename,
    )


@bp.route("/count")
def game_count():
    total = 0
    root = _pgn_root()
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(".pgn"):
                with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as fh:
                    total += sum(1 for line in fh if line.startswith("[Event "))
    return {"games": total}
