"""Download endpoint for signed consent forms in the patient portal.

Signed consent PDFs (IVF treatment, embryo storage, donor-conceived
disclosure) are written to a per-clinic directory by the e-signature
integration. Patients can download their own copies from the portal.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from portal.db import get_db

bp = Blueprint("consents", __name__, url_prefix="/portal/consents")


def consent_root() -> str:
    return current_app.config["CONSENT_STORAGE_DIR"]


@bp.get("/")
@login_required
def list_consents():
    rows = get_db().execute(
        "SELECT form_type, file_name, signed_at FROM consent_documents "
        "WHERE patient_id = ? ORDER BY signed_at DESC",
        (current_user.patient_id,),
    ).fetchall()
    return {
        "consents": [
            {"form": r["form_type"], "file": r["file_name"], "signed_at": r["signed_at"]}
            for r in rows
        ]
    }


@bp.get("/<path:file_name>")
@login_required
def download_consent(file_name: str):
    if not file_name.lower().endswith(".pdf"):
        abort(404)
    full_path = os.path.join(consent_root(), str(current_user.patient_id), file_name)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info(
        "consent download patient=%s file=%s", current_user.patient_id, file_name
    )
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(file_name),
    )
