"""Download endpoint for invoice PDFs in the fleet customer portal.

Invoice PDFs are rendered once when the invoice is closed and stored under
``INVOICE_PDF_ROOT/<fleet account>/``. Fleet users download them by file
name from the invoice list.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

invoice_files = Blueprint("invoice_files", __name__)

PDF_ROOT = Path(os.environ.get("INVOICE_PDF_ROOT", "/srv/invoicing/pdf")).resolve()


def account_dir(fleet_account_id: int) -> Path:
    return (PDF_ROOT / f"acct-{fleet_account_id:06d}").resolve()


def resolve_invoice_pdf(fleet_account_id: int, filename: str) -> Path | None:
    base = account_dir(fleet_account_id)
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        return None
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        return None
    return candidate


@invoice_files.get("/portal/invoices/files/<path:filename>")
@login_required
def download_invoice(filename: str):
    path = resolve_invoice_pdf(current_user.fleet_account_id, filename)
    if path is None:
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=path.name,
    )


@invoice_files.get("/portal/invoices/files")
@login_required
def list_invoice_files():
    base = account_dir(current_user.fleet_account_id)
    if not base.is_dir():
        return {"files": []}
    files = sorted(
        (p for p in base.iterdir() if p.suffix.lower() == ".pdf"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    return {"files": [p.name for p in files[:200]]}
