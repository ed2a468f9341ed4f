"""Account statement downloads for the legacy Flask account portal."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("statements", __name__, url_prefix="/statements")


def _player_dir() -> str:
    root = current_app.config["STATEMENT_DIR"]
    return os.path.join(root, str(int(current_user.player_id)))


@bp.get("/")
@login_required
def index():
    folder = _player_dir()
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return {"statements": names}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(_player_dir(), filename, mimetype="application/pdf", as_attachment=True)
