"""Risk assessments and consent forms attached to school visit bookings."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
DOC_ROOT = Path(os.environ.get("SCHOOL_DOCS_DIR", "/srv/pumpkinpatch/school_docs"))
ALLOWED_SUFFIXES = {".pdf", ".docx", ".jpg", ".png"}


def visit_dir(visit_id: int) -> Path:
    path = DOC_ROOT / str(visit_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@app.post("/visits/<int:visit_id>/documents")
def upload_document(visit_id: int):
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    stored = f"{uuid.uuid4().hex}{suffix}"
    upload.save(visit_dir(visit_id) / stored)
    return jsonify({"stored_as": stored, "original": name}), 201


@app.get("/visits/<int:visit_id>/documents")
def list_documents(visit_id: int):
    folder = DOC_ROOT / str(visit_id)
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in folder.iterdir() if p.is_file()))


@app.get("/visits/<int:visit_id>/documents/download")
def download_document(visit_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(DOC_ROOT, str(visit_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@app.delete("/visits/<int:visit_id>/documents/<string:stored>")
def delete_document(visit_id: int, stored: str):
    folder = (DOC_ROOT / str(visit_id)).resolve()
    target = (folder / stored).resolve()
    if target.parent != folder or not target.is_file():
        abort(404)
    target.unlink()
    return "", 204
