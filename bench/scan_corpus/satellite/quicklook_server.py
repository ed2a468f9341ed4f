"""Serves browse images (quicklooks) for archive scenes."""
import os
import re

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("quicklooks", __name__)

SCENE_ID = re.compile(r"^[A-Z0-9]{3}_\d{8}T\d{6}_[A-Z0-9]{4,12}$")


def quicklook_root() -> str:
    return current_app.config.get("QUICKLOOK_ROOT", os.environ.get("QUICKLOOK_ROOT", "/srv/quicklooks"))


@bp.get("/quicklooks/<scene_id>/<path:filename>")
def quicklook(scene_id: str, filename: str):
    if not SCENE_ID.match(scene_id):
        abort(404)
    if not filename.lower().endswith((".jpg", ".png", ".json")):
        abort(404)
    scene_dir = os.path.join(quicklook_root(), scene_id[:3], scene_id)
    # send_from_directory rejects paths that resolve outside scene_dir
    return send_from_directory(scene_dir, filename, max_age=86400)
