"""Serve cached book-jacket images for the OPAC."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("covers", __name__)


@bp.get("/covers/<path:filename>")
def cover(filename: str):
    cover_root = current_app.config["COVER_CACHE_DIR"]
    path = os.path.join(cover_root, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = send_file(path, mimetype=mimetype, max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
