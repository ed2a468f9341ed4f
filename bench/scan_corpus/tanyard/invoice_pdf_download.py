"""Serves copy invoices to trade buyers on the portal.

Invoices are rendered to PDF by the accounts system and filed per buyer
account; a saddler can download any of their own invoices by file name.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("invoices", __name__)


def buyer_invoice_dir(account_no: str) -> Path:
    root = Path(current_app.config["INVOICE_ROOT"]).resolve()
    return root / account_no


def resolve_invoice(account_no: str, filename: str) -> Path:
    base = buyer_invoice_dir(account_no).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/portal/invoices")
def list_invoices():
    folder = buyer_invoice_dir(g.buyer["account_no"])
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return {"invoices": names}


@bp.get("/portal/invoices/<path:filename>")
def download_invoice(filename: str):
    path = resolve_invoice(g.buyer["account_no"], filename)
    return send_file(path, mimetype="application/pdf", download_name=path.name)
