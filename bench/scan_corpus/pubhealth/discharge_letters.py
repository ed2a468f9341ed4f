"""Serves generated discharge letters to ward clerks."""
import os
from pathlib import Path

from flask import Blueprint, abort, send_from_directory
from flask_login import login_required

bp = Blueprint("letters", __name__, url_prefix="/letters")
LETTERS_DIR = Path(os.environ.get("DISCHARGE_LETTERS_DIR", "/data/letters")).resolve()


@bp.get("/<path:name>")
@login_required
def letter(name: str):
    target = (LETTERS_DIR / name).resolve()
    if not target.is_relative_to(LETTERS_DIR) or target.suffix != ".pdf":
        abort(404)
    if not target.is_file():
        abort(404)
    return send_from_directory(LETTERS_DIR, target.relative_to(LETTERS_DIR).as_posix())
