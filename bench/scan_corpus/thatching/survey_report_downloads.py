"""Let homeowners download the PDF reports produced from their roof survey.

Reports are rendered into REPORT_ROOT/<customer_id>/ and the portal page lists
them by file name (e.g. "ridge-condition-2024-05.pdf").
"""
from __future__ import annotations

import os
from functools import wraps
from pathlib import Path

from flask import Flask, abort, jsonify, send_from_directory, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
REPORT_ROOT = Path(os.environ.get("SURVEY_REPORT_ROOT", "/srv/thatch/survey-reports"))


def customer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "customer_id" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def customer_folder() -> Path:
    return REPORT_ROOT / str(int(session["customer_id"]))


@app.get("/reports")
@customer_required
def list_reports():
    folder = customer_folder()
    if not folder.is_dir():
        return jsonify([])
    return jsonify([
        {"name": p.name, "size": p.stat().st_size, "url": f"/reports/{p.name}"}
        for p in sorted(folder.glob("*.pdf"))
    ])


@app.get("/reports/<path:filename>")
@customer_required
def download_report(filename: str):
    if not filename.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(customer_folder(), filename, as_attachment=True,
                               mimetype="application/pdf")
