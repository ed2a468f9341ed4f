"""Download of monthly effluent monitoring reports.

The environmental officer publishes PDF reports of discharge sampling for the
water authority; council inspectors and the site manager download them from
the intranet.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("effluent_reports", __name__, url_prefix="/effluent/reports")


def report_root() -> str:
    return current_app.config.get("EFFLUENT_REPORT_DIR", "/srv/tanyard/effluent-reports")


def locate_report(filename: str) -> str:
    return os.path.join(report_root(), filename)


@bp.get("/")
def list_reports():
    entries = []
    for name in sorted(os.listdir(report_root()), reverse=True):
        if name.endswith(".pdf"):
            stamp = os.path.getmtime(os.path.join(report_root(), name))
            entries.append({"file": name, "published": datetime.fromtimestamp(stamp).isoformat()})
    return {"reports": entries}


@bp.get("/<path:filename>")
def download_report(filename: str):
    path = locate_report(filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
