"""Owner's manuals and tuning guides for Fletcher bows and risers."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory

bp = Blueprint("manuals", __name__, url_prefix="/support/manuals")

MANUAL_SUFFIXES = (".pdf",)


def manual_dir() -> str:
    return current_app.config["MANUAL_DIR"]


def manuals_for(model_prefix: str | None = None) -> list[str]:
    names = [n for n in os.listdir(manual_dir()) if n.endswith(MANUAL_SUFFIXES)]
    if model_prefix:
        names = [n for n in names if n.lower().startswith(model_prefix.lower())]
    return sorted(names)


@bp.get("/")
def index():
    return jsonify({"manuals": manuals_for(request.args.get("model"))})


@bp.get("/<path:filename>")
def download_manual(filename: str):
    if not filename.endswith(MANUAL_SUFFIXES):
        abort(404)
    current_app.logger.info("manual download %s", filename)
    return send_from_directory(manual_dir(), filename, as_attachment=request.args.get("view") != "1", max_age=86400)


@bp.get("/latest/<model>")
def latest_manual(model: str):
    candidates = manuals_for(model)
    if not candidates:
        abort(404)
    return send_from_directory(manual_dir(), candidates[-1], as_attachment=True)
