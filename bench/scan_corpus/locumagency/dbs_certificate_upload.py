"""Upload of DBS certificates and other credential scans by clinicians.

The original file name is kept only as metadata; the file on disk is named
from a server-generated id so nothing the client sends becomes part of a
filesystem path.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 15 * 1024 * 1024

UPLOAD_ROOT = Path(os.environ.get("CREDENTIAL_UPLOAD_ROOT", "/srv/locum/credential-uploads"))
ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
DOCUMENT_KINDS = {"dbs", "passport", "right_to_work", "indemnity", "bls"}
engine = create_engine(os.environ["COMPLIANCE_DATABASE_URL"])


def storage_path(clinician_id: int, document_id: uuid.UUID, extension: str) -> Path:
    folder = UPLOAD_ROOT / f"{clinician_id:08d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{document_id.hex}{extension}"


@app.post("/me/credentials")
def upload_credential():
    clinician_id = session.get("clinician_id")
    if clinician_id is None:
        abort(401)
    kind = request.form.get("kind", "")
    upload = request.files.get("file")
    if kind not in DOCUMENT_KINDS or upload is None:
        abort(400)
    extension = ALLOWED_TYPES.get(upload.mimetype)
    if extension is None:
        abort(415)

    document_id = uuid.uuid4()
    target = storage_path(int(clinician_id), document_id, extension)
    upload.save(target)

    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO credential_documents "
                "(id, clinician_id, kind, original_name, stored_path, status) "
                "VALUES (:id, :cid, :kind, :orig, :path, 'pending_review')"
            ),
            {
                "id": str(document_id),
                "cid": clinician_id,
                "kind": kind,
                "orig": (upload.filename or "")[:255],
                "path": str(target),
            },
        )
    return jsonify({"document_id": str(document_id), "status": "pending_review"}), 201
