"""Lets members download their past invoices from the member portal."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

from portal.auth import login_required

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")

INVOICE_ROOT = Path(os.environ.get("INVOICE_ARCHIVE_DIR", "/srv/billing/invoices"))


class InvoiceArchive:
    """Invoices are rendered to ``<root>/<account_id>/<invoice_no>.pdf`` by the billing run."""

    def __init__(self, root: Path = INVOICE_ROOT) -> None:
        self.root = root

    def account_dir(self, account_id: int) -> Path:
        return self.root / str(int(account_id))

    def locate(self, account_id: int, filename: str) -> Path:
        return Path(os.path.join(self.account_dir(account_id), filename))

    def listing(self, account_id: int) -> list[str]:
        folder = self.account_dir(account_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))


archive = InvoiceArchive()


@bp.get("/")
@login_required
def list_invoices():
    return {"invoices": archive.listing(g.member.account_id)}


@bp.get("/<path:filename>")
@login_required
def download_invoice(filename: str):
    path = archive.locate(g.member.account_id, filename)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=path.name,
    )
