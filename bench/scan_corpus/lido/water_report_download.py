"""Download of the signed weekly water-quality reports (PDF) for staff."""

from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file

from .auth import login_required

bp = Blueprint("water_reports", __name__, url_prefix="/reports/water")


def _reports_dir() -> str:
    return current_app.config["WATER_REPORTS_DIR"]


@bp.get("/")
@login_required
def list_reports():
    entries = []
    for name in sorted(os.listdir(_reports_dir()), reverse=True):
        if not name.endswith(".pdf"):
            continue
        full = os.path.join(_reports_dir(), name)
        entries.append(
            {
                "file": name,
                "size": os.path.getsize(full),
                "modified": datetime.fromtimestamp(os.path.getmtime(full)).isoformat(),
            }
        )
    return jsonify(reports=entries)


@bp.get("/download")
@login_required
def download_report():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(_reports_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))
