"""Flask blueprint where shippers upload supporting documents for an entry."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import current_user, login_required

documents = Blueprint("documents", __name__, url_prefix="/shipper/documents")

ALLOWED_TYPES = {"commercial_invoice", "packing_list", "bill_of_lading", "certificate_of_origin"}


def _entry_folder(shipper_id: int, entry_number: str) -> str:
    root = current_app.config["DOCUMENT_ROOT"]
    folder = os.path.join(root, str(shipper_id), entry_number.replace("/", "-"))
    os.makedirs(folder, exist_ok=True)
    return folder


def _target_path(folder: str, doc_type: str, original_name: str) -> str:
    type_dir = os.path.join(folder, doc_type)
    os.makedirs(type_dir, exist_ok=True)
    return os.path.join(type_dir, original_name)


@documents.post("/<entry_number>")
@login_required
def upload(entry_number: str):
    doc_type = request.form.get("document_type", "")
    if doc_type not in ALLOWED_TYPES:
        return jsonify({"error": "unknown document type"}), 400
    upload_file = request.files.get("file")
    if upload_file is None or not upload_file.filename:
        return jsonify({"error": "no file"}), 400
    folder = _entry_folder(current_user.shipper_id, entry_number)
    display_name = request.form.get("display_name") or upload_file.filename
    path = _target_path(folder, doc_type, display_name)
    upload_file.save(path)
    g.audit.record(
        "document_uploaded",
        shipper=current_user.shipper_id,
        entry=entry_number,
        path=path,
        at=datetime.now(timezone.utc).isoformat(),
    )
    return jsonify({"stored": os.path.basename(path)}), 201


@documents.get("/<entry_number>")
@login_required
def list_documents(entry_number: str):
    folder = _entry_folder(current_user.shipper_id, entry_number)
    return jsonify(sorted(os.listdir(folder)))
