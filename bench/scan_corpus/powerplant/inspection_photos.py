"""Serve and accept inspection photos attached to maintenance work orders."""

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.utils import secure_filename

from cmms.auth import login_required
from cmms.models import WorkOrder

bp = Blueprint("inspection_photos", __name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _wo_dir(wo_id: int) -> Path:
    return Path(current_app.config["PHOTO_ROOT"]) / str(wo_id)


@bp.get("/work-orders/<int:wo_id>/photos/<path:name>")
@login_required
def get_photo(wo_id: int, name: str):
    WorkOrder.query.get_or_404(wo_id)
    return send_from_directory(_wo_dir(wo_id), name)


@bp.post("/work-orders/<int:wo_id>/photos")
@login_required
def upload_photo(wo_id: int):
    WorkOrder.query.get_or_404(wo_id)
    file = request.files.get("photo")
    if file is None or not file.filename:
        abort(400)
    name = secure_filename(file.filename)
    if not name or Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)
    folder = _wo_dir(wo_id)
    folder.mkdir(parents=True, exist_ok=True)
    file.save(folder / name)
    return {"name": name}, 201
