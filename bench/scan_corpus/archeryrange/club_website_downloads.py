"""Document downloads for the club website.

Members can download club documents: the constitution, range rules, AGM
minutes, coaching handouts and tournament entry forms.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_file
from flask_login import login_required

bp = Blueprint("downloads", __name__, url_prefix="/documents")

ALLOWED_SUFFIXES = {".pdf", ".docx", ".xlsx", ".txt"}


def _documents_dir() -> Path:
    return Path(current_app.config["CLUB_DOCUMENTS_DIR"])


@bp.get("/")
@login_required
def index():
    docs_dir = _documents_dir()
    documents = sorted(
        (p.relative_to(docs_dir).as_posix(), p.stat().st_size)
        for p in docs_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    )
    return render_template("documents/index.html", documents=documents)


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    full_path = os.path.join(_documents_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(full_path)
    return send_file(
        full_path,
        mimetype=mimetype or "application/octet-stream",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
