"""Inline viewer for superseded drawing revisions.

Engineers can open any historic revision of a casting drawing from the
revision history panel. Revisions are kept under the drawing's folder in
the engineering vault.
"""
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from engineering.config import settings

bp = Blueprint("revisions", __name__, url_prefix="/revisions")

VAULT_ROOT = Path(settings.ENGINEERING_VAULT).resolve()


def resolve_in_vault(*parts: str) -> Path:
    candidate = VAULT_ROOT.joinpath(*parts).resolve()
    if not candidate.is_relative_to(VAULT_ROOT):
        abort(400)
    return candidate


@bp.get("/<drawing_no>/view")
@login_required
def view_revision(drawing_no: str):
    revision_file = request.args.get("rev", "")
    if not revision_file.endswith(".pdf"):
        abort(400)
    path = resolve_in_vault(drawing_no, "revisions", revision_file)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf")


@bp.get("/<drawing_no>")
@login_required
def list_revisions(drawing_no: str):
    folder = resolve_in_vault(drawing_no, "revisions")
    if not folder.is_dir():
        abort(404)
    return {
        "drawing": drawing_no,
        "revisions": sorted(p.name for p in folder.glob("*.pdf")),
    }
