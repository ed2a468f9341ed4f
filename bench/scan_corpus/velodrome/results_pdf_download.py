"""Serve published result sheets (PDF) for race meetings."""
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, send_file

log = logging.getLogger("velodrome.results")

bp = Blueprint("result_sheets", __name__, url_prefix="/results/sheets")

ALLOWED_SUFFIXES = (".pdf", ".csv")


def sheets_root() -> str:
    return current_app.config["RESULT_SHEETS_DIR"]


@bp.get("/")
def list_sheets():
    root = sheets_root()
    entries = []
    for name in sorted(os.listdir(root)):
        if name.endswith(ALLOWED_SUFFIXES):
            stat = os.stat(os.path.join(root, name))
            entries.append({"name": name, "bytes": stat.st_size, "modified": stat.st_mtime})
    return jsonify(entries)


@bp.get("/<path:filename>")
def download_sheet(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(sheets_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    log.info("serving result sheet %s", filename)
    mimetype = "application/pdf" if filename.endswith(".pdf") else "text/csv"
    return send_file(full_path, mimetype=mimetype, as_attachment=True)
