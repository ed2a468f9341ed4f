"""Public download of tournament PGN files (Flask)."""
from __future__ import annotations

import os
import re

from flask import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("pgn_files", __name__, url_prefix="/pgn")

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")


def _event_dir(slug: str) -> str:
    if not SLUG_RE.match(slug):
        abort(404)
    return os.path.join(current_app.config["PGN_ROOT"], slug)


@bp.route("/<slug>/")
def event_files(slug: str):
    folder = _event_dir(slug)
    if not os.path.isdir(folder):
        abort(404)
    files = sorted(
        (name, os.path.getsize(os.path.join(folder, name)))
        for name in os.listdir(folder)
        if name.endswith(".pgn")
    )
    return render_template("pgn/event.html", slug=slug, files=files)


@bp.route("/<slug>/<path:filename>")
def download(slug: str, filename: str):
    folder = _event_dir(slug)
    if not filename.endswith(".pgn"):
        abort(404)
    return send_from_directory(
        folder,
        filename,
        mimetype="application/x-chess-pgn",
        as_attachment=True,
        max_age=3600,
    )
