"""Self-care portal: download of monthly invoice PDFs."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


class InvoiceStore:
    def __init__(self, root: str) -> None:
        self.root = root

    def account_dir(self, account_id: int) -> str:
        return os.path.join(self.root, str(account_id))

    def list(self, account_id: int) -> list[str]:
        directory = self.account_dir(account_id)
        if not os.path.isdir(directory):
            return []
        return sorted(n for n in os.listdir(directory) if n.endswith(".pdf"))


def _store() -> InvoiceStore:
    return InvoiceStore(current_app.config["INVOICE_ROOT"])


@bp.get("/")
@login_required
def list_invoices():
    return {"invoices": _store().list(current_user.account_id)}


@bp.get("/download")
@login_required
def download_invoice():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(_store().account_dir(current_user.account_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
