"""Serve film posters and stills to the web booking site."""
from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("posters", __name__, url_prefix="/assets/posters")

ALLOWED_SIZES = {"thumb", "card", "hero"}


@bp.get("/<size>/<path:filename>")
def poster(size: str, filename: str):
    if size not in ALLOWED_SIZES:
        abort(404)
    directory = f"{current_app.config['POSTER_ROOT']}/{size}"
    return send_from_directory(directory, filename, max_age=86400)
