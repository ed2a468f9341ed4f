"""Serve PDF wash receipts to members from the site's receipt archive."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.from_mapping(
    RECEIPT_ARCHIVE=os.environ.get("RECEIPT_ARCHIVE", "/srv/carwash/receipts"),
    RECEIPT_MIMETYPE="application/pdf",
)


class ReceiptArchive:
    def __init__(self, root: str) -> None:
        self.root = root

    def locate(self, site_code: str, receipt_name: str) -> str:
        return os.path.join(self.root, site_code, receipt_name)

    def listing(self, site_code: str) -> list[str]:
        site_dir = Path(self.root) / site_code
        if not site_dir.is_dir():
            return []
        return sorted(p.name for p in site_dir.glob("*.pdf"))


def archive() -> ReceiptArchive:
    return ReceiptArchive(app.config["RECEIPT_ARCHIVE"])


def _site_code() -> str:
    site = request.headers.get("X-Site-Code", "")
    if not site.isalnum():
        abort(400)
    return site


@app.get("/receipts")
def list_receipts():
    return {"receipts": archive().listing(_site_code())}


@app.get("/receipts/download")
def download_receipt():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = archive().locate(_site_code(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype=app.config["RECEIPT_MIMETYPE"],
        as_attachment=True,
        download_name=os.path.basename(path),
    )
