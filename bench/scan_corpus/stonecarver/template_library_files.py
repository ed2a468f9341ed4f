"""Serves files from the shared CAD template library to the design studio."""

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("template_files", __name__, url_prefix="/studio/templates")


def library_root() -> Path:
    return Path(current_app.config["TEMPLATE_LIBRARY_ROOT"]).resolve()


def resolve_in_library(relative: str) -> Path:
    root = library_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/file")
@login_required
def template_file():
    relative = request.args.get("path", "")
    target = resolve_in_library(relative)
    return send_file(target, as_attachment=request.args.get("download") == "1")


@bp.get("/listing")
@login_required
def template_listing():
    root = library_root()
    folder = resolve_folder(request.args.get("folder", ""))
    return {
        "folder": str(folder.relative_to(root)),
        "files": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }


def resolve_folder(relative: str) -> Path:
    root = library_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_dir():
        abort(404)
    return candidate
