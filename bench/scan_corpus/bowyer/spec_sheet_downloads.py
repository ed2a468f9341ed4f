"""Download finished-bow spec sheets (force-draw curve, tiller photos, PDF).

Sheets are filed per customer: <SPEC_SHEET_DIR>/<customer_ref>/<order>-<kind>.pdf
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("spec_sheets", __name__, url_prefix="/spec-sheets")


def customer_dir() -> str:
    root = current_app.config.get("SPEC_SHEET_DIR", "/srv/bowyer/spec-sheets")
    return os.path.join(root, current_user.customer_ref)


def _sheet_path(filename: str) -> str:
    return os.path.join(customer_dir(), filename)


def _describe(path: str) -> dict:
    stat = os.stat(path)
    return {
        "name": os.path.basename(path),
        "bytes": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
    }


@bp.get("/")
@login_required
def list_sheets():
    folder = customer_dir()
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return jsonify([_describe(os.path.join(folder, n)) for n in names])


@bp.get("/<path:filename>")
@login_required
def download_sheet(filename: str):
    path = _sheet_path(filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
