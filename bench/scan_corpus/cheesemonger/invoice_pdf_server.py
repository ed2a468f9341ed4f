"""Lets wholesale customers download their monthly invoice PDFs."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, g, send_file

from portal_auth import login_required

app = Flask(__name__)
app.config.update(INVOICE_ROOT=Path("/srv/wholesale/invoices"))


def invoice_root() -> Path:
    return Path(app.config["INVOICE_ROOT"]).resolve()


def customer_dir(account_id: str) -> Path:
    return invoice_root() / account_id


def resolve_invoice(account_id: str, filename: str) -> Path:
    base = customer_dir(account_id).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        abort(404)
    return candidate


@app.get("/invoices")
@login_required
def list_invoices():
    folder = customer_dir(g.account_id)
    if not folder.is_dir():
        return {"invoices": []}
    return {
        "invoices": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() == ".pdf"
        )
    }


@app.get("/invoices/<path:filename>")
@login_required
def download_invoice(filename: str):
    path = resolve_invoice(g.account_id, filename)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=path.name,
        max_age=0,
    )
