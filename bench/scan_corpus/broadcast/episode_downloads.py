"""Serves enclosure files for podcast episodes from the local origin volume.

The CDN pulls from these routes; byte-range requests are handled by Flask.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("episodes", __name__)

EPISODE_ROOT = os.environ.get("EPISODE_ROOT", "/srv/podcasts/episodes")
ALLOWED_EXT = (".mp3", ".m4a", ".ogg")


@bp.get("/audio/<show>/<path:filename>")
def episode_audio(show: str, filename: str):
    if not filename.lower().endswith(ALLOWED_EXT):
        abort(404)
    shows = current_app.config["PUBLISHED_SHOWS"]
    if show not in shows:
        abort(404)
    response = send_from_directory(
        os.path.join(EPISODE_ROOT, shows[show]),
        filename,
        conditional=True,
        max_age=86400,
    )
    response.headers["Accept-Ranges"] = "bytes"
    return response
