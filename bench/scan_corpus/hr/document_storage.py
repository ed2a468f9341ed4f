"""Employee document vault: contracts, tax forms and uploaded certificates."""
from pathlib import Path

from flask import Blueprint, abort, current_app, g, request, send_file

from portal.auth import login_required

bp = Blueprint("documents", __name__)

ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg"}


def _employee_root() -> Path:
    return (Path(current_app.config["DOCUMENT_ROOT"]) / str(g.employee.id)).resolve()


def resolve_document(root: Path, requested: str) -> Path:
    candidate = (root / requested).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return candidate


@bp.get("/me/documents")
@login_required
def list_documents():
    root = _employee_root()
    if not root.is_dir():
        return {"documents": []}
    return {"documents": sorted(p.name for p in root.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)}


@bp.get("/me/documents/download")
@login_required
def download_document():
    root = _employee_root()
    path = resolve_document(root, request.args.get("name", ""))
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
