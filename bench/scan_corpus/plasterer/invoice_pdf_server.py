"""Serve generated invoice and statement PDFs to the accounts team.

The nightly statement job writes PDFs into per-month folders; accounts staff
open them from the back office by relative path, e.g. "2024-05/INV-3312.pdf".
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

from .permissions import require_role

bp = Blueprint("invoice_files", __name__, url_prefix="/accounts/files")


def documents_root() -> Path:
    return Path(current_app.config["INVOICE_PDF_ROOT"]).resolve()


def resolve_document(relative: str) -> Path:
    root = documents_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


@bp.get("/open")
@login_required
@require_role("accounts")
def open_document():
    rel = request.args.get("path", "")
    try:
        pdf = resolve_document(rel)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(pdf, mimetype="application/pdf", download_name=pdf.name)


@bp.get("/month/<month>")
@login_required
@require_role("accounts")
def month_listing(month: str):
    try:
        folder = resolve_document(f"{month}/index.pdf").parent
    except (PermissionError, FileNotFoundError):
        abort(404)
    return {"month": month, "files": sorted(p.name for p in folder.glob("*.pdf"))}
