"""Press kit downloads (logos, presenter headshots, programme notes)."""
import os

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("press_kit", __name__, url_prefix="/press")

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".zip"}


@bp.get("/kit/<path:filename>")
def press_kit_file(filename: str):
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(404)
    return send_from_directory(current_app.config["PRESS_KIT_DIR"], filename, as_attachment=True)


@bp.get("/kit")
def press_kit_index():
    root = current_app.config["PRESS_KIT_DIR"]
    files = sorted(
        f for f in os.listdir(root) if os.path.splitext(f)[1].lower() in ALLOWED_EXTENSIONS
    )
    return {"files": files}
