"""Upload logo artwork for engraved and stamped metal buttons."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("artwork", __name__, url_prefix="/artwork")

ARTWORK_EXTENSIONS = {".ai", ".eps", ".pdf", ".svg", ".dxf"}


def artwork_dir() -> str:
    path = os.path.join(current_app.config["ARTWORK_ROOT"], str(current_user.house_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/")
@login_required
def upload_artwork():
    upload = request.files.get("artwork")
    if upload is None or not upload.filename:
        abort(400, "no artwork attached")
    name = secure_filename(upload.filename)
    stem, ext = os.path.splitext(name)
    if not stem or ext.lower() not in ARTWORK_EXTENSIONS:
        abort(415, "artwork must be AI, EPS, PDF, SVG or DXF")
    stored_name = f"{uuid.uuid4().hex[:8]}_{stem}{ext.lower()}"
    destination = os.path.join(artwork_dir(), stored_name)
    upload.save(destination)
    current_app.logger.info("artwork %s uploaded by house %s", stored_name, current_user.house_id)
    return jsonify({"stored_as": stored_name, "original": upload.filename}), 201


@bp.get("/")
@login_required
def list_artwork():
    folder = artwork_dir()
    files = sorted(os.listdir(folder))
    return jsonify([{"name": f, "bytes": os.path.getsize(os.path.join(folder, f))} for f in files])
