"""Serve processed media renditions (thumbnails, previews, transcodes)."""
from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import login_required

bp = Blueprint("media", __name__, url_prefix="/media")

RENDITIONS = {"thumb", "preview", "720p", "1080p"}


@bp.get("/<rendition>/<path:name>")
@login_required
def rendition(rendition: str, name: str):
    if rendition not in RENDITIONS:
        abort(404)
    directory = current_app.config["MEDIA_RENDITIONS_ROOT"]
    return send_from_directory(
        directory,
        f"{rendition}/{name}",
        max_age=86400,
    )
