"""Download of contractor compliance documents for the contracts office.

Insurance certificates, method statements and training records uploaded by
contractor firms are kept under a per-firm folder on the document store.
Reviewers open them by relative path as listed in the review queue.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from colliery.config import settings

bp = Blueprint("contractor_docs", __name__, url_prefix="/contracts/documents")


class DocumentStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def firm_root(self, firm_id: int) -> Path:
        return (self.root / f"firm_{firm_id}").resolve()

    def locate(self, firm_id: int, relative: str) -> Path:
        base = self.firm_root(firm_id)
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(relative)
        return candidate


store = DocumentStore(settings.CONTRACTOR_UPLOAD_ROOT)


@bp.get("/<int:firm_id>")
@login_required
def download(firm_id: int):
    if not current_user.has_role("contracts_reviewer"):
        abort(403)
    relative = request.args.get("path", "")
    try:
        path = store.locate(firm_id, relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.get("/<int:firm_id>/index")
@login_required
def index(firm_id: int):
    if not current_user.has_role("contracts_reviewer"):
        abort(403)
    base = store.firm_root(firm_id)
    files = [str(p.relative_to(base)) for p in sorted(base.rglob("*")) if p.is_file()]
    return {"firm": firm_id, "files": files}
