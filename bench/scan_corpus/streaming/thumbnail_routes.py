"""Serves generated thumbnails for the creator studio preview pane."""
import os

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("thumbnails", __name__)


@bp.get("/studio/thumbnail")
def thumbnail():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(current_app.config["THUMBNAIL_ROOT"], name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=300)
