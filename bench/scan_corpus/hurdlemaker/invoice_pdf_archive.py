"""Trade portal downloads of invoice and credit-note PDFs.

Garden centres can fetch any of their own invoices by file name from the
ledger page; files are kept per account under the archive root.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoice_archive", __name__, url_prefix="/trade/invoices")


class InvoiceArchive:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def account_dir(self, account_id: int) -> Path:
        return (self.root / f"acct-{account_id:06d}").resolve()

    def locate(self, account_id: int, filename: str) -> Path:
        base = self.account_dir(account_id)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate

    def list_for(self, account_id: int) -> list[str]:
        base = self.account_dir(account_id)
        if not base.is_dir():
            return []
        return sorted(p.name for p in base.glob("*.pdf"))


def _archive() -> InvoiceArchive:
    return InvoiceArchive(Path(current_app.config["INVOICE_ARCHIVE_ROOT"]))


@bp.get("/")
@login_required
def index():
    return {"invoices": _archive().list_for(current_user.account_id)}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    try:
        path = _archive().locate(current_user.account_id, filename)
    except (PermissionError, FileNotFoundError):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
