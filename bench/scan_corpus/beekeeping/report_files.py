"""Serve generated apiary reports (season summaries, treatment records)."""

import os

from flask import Blueprint, abort, current_app, g, send_from_directory

bp = Blueprint("report_files", __name__, url_prefix="/reports")

ALLOWED_SUFFIXES = (".pdf", ".csv")


def _report_dir(beekeeper_id: int) -> str:
    return os.path.join(current_app.config["REPORT_ROOT"], str(int(beekeeper_id)))


@bp.get("/")
def list_reports():
    folder = _report_dir(g.user.id)
    if not os.path.isdir(folder):
        return {"reports": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))
    return {"reports": names}


@bp.get("/<path:filename>")
def download_report(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    # names that resolve outside the beekeeper's folder get a 404 from flask
    return send_from_directory(_report_dir(g.user.id), filename, as_attachment=True)
