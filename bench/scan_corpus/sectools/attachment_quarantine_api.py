"""Analyst endpoints for attachments held in the phishing quarantine."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory

from triage.audit import record
from triage.auth import analyst_required

bp = Blueprint("attachments", __name__, url_prefix="/quarantine")


def _report_dir(report_id: int) -> str:
    return os.path.join(current_app.config["QUARANTINE_DIR"], str(report_id))


@bp.get("/reports/<int:report_id>/attachments")
@analyst_required
def list_attachments(report_id: int):
    folder = _report_dir(report_id)
    if not os.path.isdir(folder):
        abort(404)
    return jsonify(sorted(os.listdir(folder)))


@bp.get("/reports/<int:report_id>/attachments/download")
@analyst_required
def download_attachment(report_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    record("attachment.download", report_id=report_id, name=name)
    return send_from_directory(
        _report_dir(report_id),
        name,
        as_attachment=True,
        mimetype="application/octet-stream",
    )
