"""Serving sheet music and backing tracks from the tune library."""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("tune_library", __name__, url_prefix="/library")

COLLECTIONS = {
    "scores": "TUNE_SCORES_DIR",
    "tracks": "BACKING_TRACKS_DIR",
}


def _collection_dir(collection: str) -> str:
    key = COLLECTIONS.get(collection)
    if key is None:
        abort(404)
    return current_app.config[key]


@bp.get("/<collection>")
@login_required
def list_collection(collection: str):
    folder = _collection_dir(collection)
    names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    return {"collection": collection, "files": names}


@bp.get("/<collection>/<path:filename>")
@login_required
def fetch_file(collection: str, filename: str):
    folder = _collection_dir(collection)
    log.info("user %s fetched %s/%s", current_user.get_id(), collection, filename)
    return send_from_directory(
        folder,
        filename,
        as_attachment=request.args.get("download") == "1",
        max_age=3600,
    )
