"""Subscriber downloads from the puzzle archive.

Subscribers can download any past puzzle as PDF or .puz. Files are laid out
on the archive volume as ``<year>/<file>``.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("archive", __name__, url_prefix="/archive")

ALLOWED_SUFFIXES = (".pdf", ".puz", ".ipuz")


def subscriber_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        user = getattr(g, "user", None)
        if user is None:
            abort(401)
        if not user.subscription_active:
            abort(402)
        return view(*args, **kwargs)

    return wrapper


def _archive_root() -> str:
    return current_app.config["PUZZLE_ARCHIVE_ROOT"]


@bp.get("/<int:year>/")
@subscriber_required
def list_year(year: int):
    folder = os.path.join(_archive_root(), str(year))
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))
    return {"year": year, "files": names}


@bp.get("/<int:year>/<path:filename>")
@subscriber_required
def download(year: int, filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_archive_root(), str(year), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("archive download %s by user %s", filename, g.user.id)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))
