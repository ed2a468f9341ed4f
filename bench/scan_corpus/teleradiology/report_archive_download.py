"""Archived report downloads for referring clinics.

Addenda and corrected reports are archived as PDFs under
``REPORT_ARCHIVE_ROOT/<clinic_id>/<year>/``.  The portal lists them and lets
clinic staff download one at a time.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("report_archive", __name__, url_prefix="/portal/archive")


def _clinic_root(clinic_id: int) -> str:
    if clinic_id not in current_user.clinic_ids:
        abort(403)
    return os.path.join(current_app.config["REPORT_ARCHIVE_ROOT"], str(clinic_id))


@bp.get("/<int:clinic_id>/<int:year>")
@login_required
def list_year(clinic_id: int, year: int):
    folder = os.path.join(_clinic_root(clinic_id), str(year))
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    except FileNotFoundError:
        names = []
    return jsonify(year=year, files=names)


@bp.get("/<int:clinic_id>/<int:year>/<path:filename>")
@login_required
def download(clinic_id: int, year: int, filename: str):
    if not filename.lower().endswith(".pdf"):
        abort(400)
    folder = os.path.join(_clinic_root(clinic_id), str(year))
    current_app.logger.info(
        "archive download clinic=%s year=%s file=%s user=%s", clinic_id, year, filename, current_user.id
    )
    return send_from_directory(folder, filename, mimetype="application/pdf", as_attachment=True)
