"""Download endpoints for the open-data portal's bulk exports.

The nightly export job writes one file per dataset and format into
EXPORT_DIR; these views list them and stream them to the browser.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("downloads", __name__, url_prefix="/downloads")

EXPORT_FORMATS = {
    "csv": "text/csv",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def _export_dir() -> str:
    return current_app.config["EXPORT_DIR"]


@bp.get("/")
def index():
    entries = []
    for name in sorted(os.listdir(_export_dir())):
        ext = name.rsplit(".", 1)[-1]
        if ext not in EXPORT_FORMATS:
            continue
        stat = os.stat(os.path.join(_export_dir(), name))
        entries.append(
            {
                "file": name,
                "bytes": stat.st_size,
                "updated": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
            }
        )
    return jsonify(entries)


@bp.get("/file")
def download():
    name = request.args.get("name", "")
    ext = name.rsplit(".", 1)[-1].lower()
    if ext not in EXPORT_FORMATS:
        abort(404)
    path = os.path.join(_export_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=EXPORT_FORMATS[ext], as_attachment=True)
