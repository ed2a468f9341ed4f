"""Lets corporate hospitality clients download their box booking invoices.

Invoices are rendered to PDF by the finance system and dropped into one
folder per client account.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.secret_key = os.environ["HOSPITALITY_PORTAL_SECRET"]

INVOICE_ROOT = Path(os.environ.get("HOSPITALITY_INVOICE_ROOT", "/srv/finance/invoices")).resolve()


class InvoiceStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def account_dir(self, account_id: str) -> Path:
        return (self.root / account_id).resolve()

    def resolve_invoice(self, account_id: str, filename: str) -> Path | None:
        base = self.account_dir(account_id)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
            return None
        return candidate if candidate.is_file() else None

    def list_invoices(self, account_id: str) -> list[str]:
        base = self.account_dir(account_id)
        if not base.is_relative_to(self.root) or not base.is_dir():
            return []
        return sorted(p.name for p in base.glob("*.pdf"))


store = InvoiceStore(INVOICE_ROOT)


def signed_in_account() -> str:
    account = session.get("account_id")
    if not account:
        abort(401)
    return account


@app.get("/invoices")
def invoices():
    return {"invoices": store.list_invoices(signed_in_account())}


@app.get("/invoices/<path:filename>")
def download_invoice(filename: str):
    path = store.resolve_invoice(signed_in_account(), filename)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
