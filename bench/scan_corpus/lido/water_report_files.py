"""Staff download of the signed weekly water-quality reports (PDF)."""

from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory

from .auth import login_required

bp = Blueprint("water_report_files", __name__, url_prefix="/reports/water-quality")


def _reports_dir() -> str:
    return current_app.config["WATER_REPORTS_DIR"]


@bp.get("/")
@login_required
def index():
    reports = []
    with os.scandir(_reports_dir()) as entries:
        for entry in entries:
            if entry.is_file() and entry.name.endswith(".pdf"):
                st = entry.stat()
                reports.append(
                    {
                        "file": entry.name,
                        "size": st.st_size,
                        "modified": datetime.fromtimestamp(st.st_mtime).isoformat(),
                    }
                )
    reports.sort(key=lambda r: r["modified"], reverse=True)
    return jsonify(reports=reports)


@bp.get("/download")
@login_required
def download():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    return send_from_directory(
        _reports_dir(), name, mimetype="application/pdf", as_attachment=True
    )
