"""Serve film posters and stills to the web booking site."""
import os

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("posters", __name__, url_prefix="/assets/posters")

ALLOWED_SIZES = {"thumb", "card", "hero"}


@bp.get("/<size>/<path:filename>")
def poster(size: str, filename: str):
    if size not in ALLOWED_SIZES:
        abort(404)
    base = os.path.join(current_app.config["POSTER_ROOT"], size)
    full_path = os.path.join(base, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=86400)
