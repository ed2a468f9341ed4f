"""Serves product spec sheets and installation guides to roofers and inspectors."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("spec_sheets", __name__, url_prefix="/specs")

DOC_TYPES = {".pdf": "application/pdf", ".dwg": "application/acad"}


def _library_root() -> Path:
    return Path(current_app.config["SPEC_SHEET_DIR"]).resolve()


def resolve_document(relative_name: str) -> Path:
    root = _library_root()
    candidate = (root / relative_name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in DOC_TYPES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/")
def index():
    root = _library_root()
    return {
        "documents": sorted(
            str(p.relative_to(root)) for p in root.rglob("*") if p.suffix.lower() in DOC_TYPES
        )
    }


@bp.get("/<path:doc_name>")
def download(doc_name: str):
    document = resolve_document(doc_name)
    return send_file(
        document,
        mimetype=DOC_TYPES[document.suffix.lower()],
        as_attachment=False,
        download_name=document.name,
        max_age=3600,
    )
