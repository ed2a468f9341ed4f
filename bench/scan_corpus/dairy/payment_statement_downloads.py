"""Serves archived payment statements to cooperative members.

Statements are generated monthly as PDFs per supplier and stored on the
shared statements volume; the portal lets farmers download their own.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SESSION_KEY"]


@dataclass(frozen=True)
class StatementStore:
    root: Path

    def supplier_dir(self, supplier_number: str) -> Path:
        return self.root / supplier_number

    def locate(self, supplier_number: str, document: str) -> str:
        return os.path.join(self.supplier_dir(supplier_number), document)

    def listing(self, supplier_number: str) -> list[str]:
        folder = self.supplier_dir(supplier_number)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))


STORE = StatementStore(Path(os.environ.get("STATEMENTS_ROOT", "/srv/statements")))


def current_supplier() -> str:
    supplier = session.get("supplier_number")
    if not supplier:
        abort(401)
    return supplier


@app.get("/statements")
def list_statements():
    return {"statements": STORE.listing(current_supplier())}


@app.get("/statements/<path:document>")
def download_statement(document: str):
    path = STORE.locate(current_supplier(), document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
