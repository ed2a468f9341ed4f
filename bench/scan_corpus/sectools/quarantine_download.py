"""Analyst views for attachments held by the phishing triage quarantine."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file

from triage.auth import analyst_required
from triage.audit import record

bp = Blueprint("quarantine", __name__, url_prefix="/quarantine")


def _root() -> str:
    return current_app.config["QUARANTINE_DIR"]


@bp.get("/reports/<int:report_id>/attachments")
@analyst_required
def list_attachments(report_id: int):
    folder = os.path.join(_root(), str(report_id))
    if not os.path.isdir(folder):
        abort(404)
    entries = []
    for name in sorted(os.listdir(folder)):
        st = os.stat(os.path.join(folder, name))
        entries.append({"name": name, "size": st.st_size})
    return jsonify(entries)


@bp.get("/reports/<int:report_id>/attachments/download")
@analyst_required
def download_attachment(report_id: int):
    name = request.args.get("name", "")
    path = os.path.join(_root(), str(report_id), name)
    if not name or not os.path.isfile(path):
        abort(404)
    record("attachment.download", report_id=report_id, name=name)
    return send_file(path, as_attachment=True, download_name=name,
                     mimetype="application/octet-stream")


@bp.post("/reports/<int:report_id>/release")
@analyst_required
def release(report_id: int):
    record("report.release", report_id=report_id)
    return jsonify({"report_id": report_id, "status": "released"})
