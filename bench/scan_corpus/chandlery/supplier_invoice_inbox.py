"""Supplier invoice PDFs waiting for the bookkeeper.

Invoices arrive by email and are saved into an inbox folder. The bookkeeper
opens one in the back office, matches it against a goods-received note and
then archives it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("invoice_inbox", __name__, url_prefix="/accounts/invoices")


class InvoiceInbox:
    def __init__(self, inbox: Path, archive: Path) -> None:
        self.inbox = inbox.resolve()
        self.archive = archive.resolve()

    def resolve(self, name: str) -> Path:
        candidate = (self.inbox / name).resolve()
        if not candidate.is_relative_to(self.inbox) or candidate.suffix.lower() != ".pdf":
            raise PermissionError(name)
        return candidate

    def pending(self) -> list[str]:
        return sorted(p.name for p in self.inbox.glob("*.pdf"))

    def archive_invoice(self, name: str, grn_number: str) -> Path:
        source = self.resolve(name)
        self.archive.mkdir(parents=True, exist_ok=True)
        target = self.archive / f"{grn_number}-{source.name}"
        shutil.move(source, target)
        return target


def inbox() -> InvoiceInbox:
    cfg = current_app.config
    return InvoiceInbox(Path(cfg["INVOICE_INBOX_DIR"]), Path(cfg["INVOICE_ARCHIVE_DIR"]))


@bp.get("/")
def pending_invoices():
    return jsonify(files=inbox().pending())


@bp.get("/<path:name>")
def open_invoice(name: str):
    try:
        path = inbox().resolve(name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf")


@bp.post("/<path:name>/archive")
def archive_invoice(name: str):
    grn = request.get_json(force=True).get("grn", "")
    if not grn.isalnum():
        abort(400)
    try:
        target = inbox().archive_invoice(name, grn)
    except PermissionError:
        abort(404)
    return jsonify(archived=target.name)
