"""Download endpoint for station maintenance reports produced by the mechanics' tablets."""

import mimetypes
import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, send_file

from bikeshare.maintenance import auth

bp = Blueprint("maintenance_reports", __name__, url_prefix="/maintenance/reports")

REPORT_ROOT = Path(os.environ.get("MAINTENANCE_REPORT_ROOT", "/srv/bikeshare/maintenance-reports"))
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png", "text/csv"}


def _station_dir(station_id: str) -> Path:
    if not station_id.isdigit():
        abort(404)
    return REPORT_ROOT / station_id


def _report_path(station_id: str, filename: str) -> Path:
    return _station_dir(station_id) / filename


@bp.get("/<station_id>")
@auth.staff_required
def list_reports(station_id: str):
    folder = _station_dir(station_id)
    if not folder.is_dir():
        return jsonify(reports=[])
    reports = sorted(
        ({"name": p.name, "size": p.stat().st_size, "modified": int(p.stat().st_mtime)}
         for p in folder.iterdir() if p.is_file()),
        key=lambda r: r["modified"],
        reverse=True,
    )
    return jsonify(reports=reports)


@bp.get("/<station_id>/<path:filename>")
@auth.staff_required
def download_report(station_id: str, filename: str):
    path = _report_path(station_id, filename)
    if not path.is_file():
        abort(404)
    mimetype, _ = mimetypes.guess_type(path.name)
    if mimetype not in ALLOWED_TYPES:
        abort(415)
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)


@bp.delete("/<station_id>/<filename>")
@auth.supervisor_required
def delete_report(station_id: str, filename: str):
    folder = _station_dir(station_id)
    for entry in folder.iterdir():
        if entry.is_file() and entry.name == filename:
            entry.unlink()
            return jsonify(deleted=filename)
    abort(404)
