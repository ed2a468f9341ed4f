"""Serve published result sheets (PDF/CSV) for race meetings."""
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

log = logging.getLogger("velodrome.results")

bp = Blueprint("sheets", __name__, url_prefix="/results/sheets")

ALLOWED_SUFFIXES = (".pdf", ".csv")


def sheets_root() -> str:
    return current_app.config["RESULT_SHEETS_DIR"]


@bp.get("/")
def index():
    root = sheets_root()
    names = sorted(n for n in os.listdir(root) if n.endswith(ALLOWED_SUFFIXES))
    return jsonify(
        [{"name": n, "bytes": os.path.getsize(os.path.join(root, n))} for n in names]
    )


@bp.get("/<path:filename>")
def download(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    log.info("serving result sheet %s", filename)
    return send_from_directory(
        sheets_root(),
        filename,
        as_attachment=True,
        max_age=300,
    )


@bp.get("/latest/<discipline>")
def latest(discipline: str):
    root = sheets_root()
    prefix = f"{discipline}-"
    matches = sorted(
        (n for n in os.listdir(root) if n.startswith(prefix) and n.endswith(".pdf")),
        reverse=True,
    )
    if not matches:
        abort(404)
    return send_from_directory(root, matches[0], as_attachment=True)
