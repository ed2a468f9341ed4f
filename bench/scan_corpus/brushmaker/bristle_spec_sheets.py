"""Technical data sheets for bristle and filament grades, served to customers."""
import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("spec_sheets", __name__, url_prefix="/catalog/spec-sheets")

ALLOWED_SUFFIXES = (".pdf", ".txt")


def sheet_dir() -> str:
    return os.path.join(current_app.instance_path, "spec_sheets")


def available_sheets() -> list[str]:
    folder = sheet_dir()
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))


@bp.get("/")
def index():
    return jsonify({"sheets": available_sheets()})


@bp.get("/<grade>/<path:filename>")
def sheet(grade: str, filename: str):
    cleaned = secure_filename(f"{grade}_{filename}")
    if not cleaned.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    return send_from_directory(sheet_dir(), cleaned, max_age=3600)
