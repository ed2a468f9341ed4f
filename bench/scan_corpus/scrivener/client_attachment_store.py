"""Attachments that clients add to affidavit requests on the portal."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.utils import secure_filename

bp = Blueprint("attachments", __name__, url_prefix="/requests")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}


def _root() -> Path:
    return Path(current_app.config["ATTACHMENT_ROOT"])


def _extension_ok(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _request_folder(request_id: int) -> Path:
    folder = _root() / f"req-{request_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@bp.post("/<int:request_id>/attachments")
def add_attachment(request_id: int):
    if request_id not in session.get("open_requests", []):
        abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name or not _extension_ok(name):
        abort(415)
    stored = f"{uuid.uuid4().hex[:8]}-{name}"
    upload.save(_request_folder(request_id) / stored)
    return jsonify({"stored_as": stored}), 201


@bp.get("/<int:request_id>/attachments")
def list_attachments(request_id: int):
    if request_id not in session.get("open_requests", []):
        abort(404)
    folder = _request_folder(request_id)
    return jsonify(sorted(os.listdir(folder)))


@bp.delete("/<int:request_id>/attachments/<name>")
def remove_attachment(request_id: int, name: str):
    if request_id not in session.get("open_requests", []):
        abort(404)
    target = _request_folder(request_id) / secure_filename(name)
    if not target.is_file():
        abort(404)
    target.unlink()
    return "", 204
