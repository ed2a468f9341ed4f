"""Attach documents to a repair intake: provenance letters, old receipts,
previous restorers' notes and insurance valuations."""
import os
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("intake_docs", __name__)

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png", "txt"}
MAX_FILES = 10


def _extension_ok(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _intake_dir(intake_id: int) -> str:
    folder = os.path.join(current_app.config["INTAKE_DOCS_ROOT"], f"intake-{intake_id:06d}")
    os.makedirs(folder, exist_ok=True)
    return folder


def store_document(intake_id: int, upload) -> dict:
    original = secure_filename(upload.filename or "")
    if not original or not _extension_ok(original):
        abort(415, f"file type not accepted: {upload.filename!r}")
    stored_name = f"{uuid.uuid4().hex[:12]}-{original}"
    path = os.path.join(_intake_dir(intake_id), stored_name)
    upload.save(path)
    return {
        "stored_as": stored_name,
        "original": upload.filename,
        "bytes": os.path.getsize(path),
        "uploaded_at": datetime.now(timezone.utc).isoformat(),
    }


@bp.post("/intakes/<int:intake_id>/documents")
def upload_documents(intake_id: int):
    files = request.files.getlist("documents")
    if not files:
        abort(400, "no documents attached")
    if len(files) > MAX_FILES:
        abort(400, f"at most {MAX_FILES} documents per upload")
    saved = [store_document(intake_id, f) for f in files]
    return jsonify({"intake_id": intake_id, "documents": saved}), 201
