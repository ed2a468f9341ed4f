"""Serves farrier invoice PDFs to livery clients from the yard's file store."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session

INVOICE_ROOT = Path(os.environ.get("FARRIER_INVOICE_ROOT", "/srv/yard/farrier-invoices")).resolve()

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SESSION_KEY"]


class InvoiceLocator:
    """Maps a client's requested invoice name onto the file store."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def client_dir(self, client_id: int) -> Path:
        return self.root / f"client-{client_id}"

    def locate(self, client_id: int, filename: str) -> Path | None:
        base = self.client_dir(client_id).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            return None
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            return None
        return candidate


locator = InvoiceLocator(INVOICE_ROOT)


@app.get("/farrier/invoices")
def list_invoices():
    client_id = session.get("client_id") or abort(401)
    folder = locator.client_dir(client_id)
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return {"invoices": names}


@app.get("/farrier/invoices/<path:filename>")
def download_invoice(filename: str):
    client_id = session.get("client_id") or abort(401)
    path = locator.locate(client_id, filename)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
