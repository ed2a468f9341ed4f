"""Serve service manuals and wiring diagrams to technicians.

Files live under ``MANUALS_ROOT/<model>/``; the dashboard links to
``/manuals/<model>?doc=<file name>``.
"""
import mimetypes
import os
import re
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

bp = Blueprint("manuals", __name__)

MANUALS_ROOT = Path(os.environ.get("MANUALS_ROOT", "/srv/washpoint/manuals"))
ALLOWED_SUFFIXES = {".pdf", ".png", ".svg"}
MODEL_RE = re.compile(r"[A-Za-z0-9-]{2,20}")


def _model_dir(model: str) -> Path:
    if not MODEL_RE.fullmatch(model):
        abort(404)
    return MANUALS_ROOT / model.upper()


@bp.get("/manuals/<model>")
@login_required
def manual(model: str):
    doc = request.args.get("doc", "service-manual.pdf")
    if Path(doc).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)
    target = _model_dir(model) / doc
    if not target.is_file():
        abort(404)
    mime, _ = mimetypes.guess_type(target.name)
    return send_file(target, mimetype=mime or "application/octet-stream", max_age=3600)


@bp.get("/manuals/<model>/index")
@login_required
def manual_index(model: str):
    folder = _model_dir(model)
    if not folder.is_dir():
        abort(404)
    return {"model": model, "docs": sorted(p.name for p in folder.iterdir() if p.suffix in ALLOWED_SUFFIXES)}
