"""Attachments on animal health records (radiographs, lab PDFs, photos)."""

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from health.models import Animal

bp = Blueprint("health_attachments", __name__, url_prefix="/health")

ALLOWED_EXT = {".pdf", ".jpg", ".jpeg", ".png", ".dcm"}


def _base_dir() -> str:
    return current_app.config["HEALTH_ATTACHMENT_ROOT"]


@bp.post("/animals/<int:animal_id>/attachments")
@login_required
def upload(animal_id: int):
    Animal.query.get_or_404(animal_id)
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        abort(400)
    target_dir = os.path.join(_base_dir(), str(animal_id))
    os.makedirs(target_dir, exist_ok=True)
    f.save(os.path.join(target_dir, name))
    return {"stored": name}, 201


@bp.get("/animals/<int:animal_id>/attachments/<path:filename>")
@login_required
def download(animal_id: int, filename: str):
    if not current_user.has_role("vet"):
        abort(403)
    path = os.path.join(_base_dir(), str(animal_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
