"""Lets members download PDF receipts for locker rentals and towel hire."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, g, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class ReceiptStorage:
    root: Path = Path(os.environ.get("RECEIPT_ROOT", "/srv/bathhouse/receipts"))

    def member_dir(self, member_id: str) -> Path:
        return (self.root / member_id).resolve()

    def resolve(self, member_id: str, filename: str) -> Path:
        base = self.member_dir(member_id)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
            raise PermissionError(filename)
        return candidate


storage = ReceiptStorage()


@app.get("/receipts/<path:filename>")
def download_receipt(filename: str):
    member_id = getattr(g, "member_id", None)
    if member_id is None:
        abort(401)
    try:
        path = storage.resolve(member_id, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
