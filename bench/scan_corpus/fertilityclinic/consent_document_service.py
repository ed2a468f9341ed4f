"""Signed consent documents in the patient portal.

Consent PDFs produced by the e-signature integration are stored per patient.
Patients download their own forms; the file name in the URL is resolved
inside the patient's folder by Flask's send_from_directory, which refuses
names that would leave that folder.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from portal.db import get_db

bp = Blueprint("consent_documents", __name__, url_prefix="/portal/consent-documents")


def patient_folder(patient_id: int) -> str:
    return os.path.join(current_app.config["CONSENT_STORAGE_DIR"], str(int(patient_id)))


@bp.get("/")
@login_required
def index():
    rows = get_db().execute(
        "SELECT form_type, file_name, signed_at FROM consent_documents "
        "WHERE patient_id = ? ORDER BY signed_at DESC",
        (current_user.patient_id,),
    ).fetchall()
    return {"documents": [dict(r) for r in rows]}


@bp.get("/<path:file_name>")
@login_required
def download(file_name: str):
    if not file_name.lower().endswith(".pdf"):
        abort(404)
    registered = get_db().execute(
        "SELECT 1 FROM consent_documents WHERE patient_id = ? AND file_name = ?",
        (current_user.patient_id, file_name),
    ).fetchone()
    if registered is None:
        abort(404)
    current_app.logger.info(
        "consent download patient=%s file=%s", current_user.patient_id, file_name
    )
    return send_from_directory(
        patient_folder(current_user.patient_id),
        file_name,
        mimetype="application/pdf",
        as_attachment=True,
    )
