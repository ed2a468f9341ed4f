"""Lets shop managers download supplier invoice PDFs filed under their shop's folder."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session


class InvoiceArchive:
    root = Path(os.environ.get("INVOICE_ARCHIVE", "/srv/shoerepair/invoices")).resolve()

    @classmethod
    def shop_folder(cls, shop_code: str) -> Path:
        return (cls.root / shop_code.upper()).resolve()


class InvoiceLocator:
    def __init__(self, archive: type[InvoiceArchive] = InvoiceArchive) -> None:
        self.archive = archive

    def locate(self, shop_code: str, relative: str) -> Path | None:
        base = self.archive.shop_folder(shop_code)
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            return None
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            return None
        return candidate

    def listing(self, shop_code: str) -> list[str]:
        base = self.archive.shop_folder(shop_code)
        return sorted(str(p.relative_to(base)) for p in base.rglob("*.pdf"))


app = Flask(__name__)
app.secret_key = os.environ["INVOICE_APP_SECRET"]
locator = InvoiceLocator()


@app.get("/invoices")
def index():
    shop = session.get("shop_code") or abort(401)
    return {"shop": shop, "invoices": locator.listing(shop)}


@app.get("/invoices/<path:relative>")
def download(relative: str):
    shop = session.get("shop_code") or abort(401)
    path = locator.locate(shop, relative)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
