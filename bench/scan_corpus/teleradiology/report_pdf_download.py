"""PDF downloads of signed reports for the referring-clinic portal.

Signed reports are rendered to PDF by the report service and written under
``REPORT_PDF_ROOT/<clinic_id>/``.  Portal users may only browse their own
clinic's folder.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("report_pdfs", __name__, url_prefix="/portal/reports")


def _clinic_dir(clinic_id: int) -> str:
    return os.path.join(current_app.config["REPORT_PDF_ROOT"], str(clinic_id))


def _ensure_member(clinic_id: int) -> None:
    if clinic_id not in current_user.clinic_ids:
        abort(403)


@bp.get("/<int:clinic_id>")
@login_required
def list_reports(clinic_id: int):
    _ensure_member(clinic_id)
    folder = _clinic_dir(clinic_id)
    if not os.path.isdir(folder):
        return jsonify(files=[])
    files = sorted(
        (entry.name for entry in os.scandir(folder) if entry.is_file() and entry.name.endswith(".pdf")),
        reverse=True,
    )
    return jsonify(files=files)


@bp.get("/<int:clinic_id>/download")
@login_required
def download_report(clinic_id: int):
    _ensure_member(clinic_id)
    name = request.args.get("name", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(_clinic_dir(clinic_id), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("user %s downloaded %s for clinic %s", current_user.id, name, clinic_id)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))
