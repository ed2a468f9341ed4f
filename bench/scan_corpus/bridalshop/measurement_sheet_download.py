"""Lets seamstresses download a bride's printable measurement sheet PDF."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.secret_key = os.environ["ATELIER_SESSION_KEY"]


class SheetStorage:
    root = Path(os.environ.get("MEASUREMENT_SHEETS_DIR", "/srv/atelier/sheets")).resolve()
    suffix = ".pdf"

    @classmethod
    def resolve(cls, customer_folder: str, filename: str) -> Path | None:
        candidate = (cls.root / customer_folder / filename).resolve()
        if not candidate.is_relative_to(cls.root) or candidate.suffix != cls.suffix:
            return None
        return candidate if candidate.is_file() else None


def seamstress_required() -> str:
    user = session.get("user")
    if not user or session.get("role") not in {"seamstress", "manager"}:
        abort(403)
    return user


@app.get("/sheets/<customer_folder>/<path:filename>")
def download_sheet(customer_folder: str, filename: str):
    user = seamstress_required()
    path = SheetStorage.resolve(customer_folder, filename)
    if path is None:
        abort(404)
    app.logger.info("sheet %s downloaded by %s", path.name, user)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)


@app.get("/sheets/<customer_folder>")
def list_sheets(customer_folder: str):
    seamstress_required()
    folder = (SheetStorage.root / customer_folder).resolve()
    if not folder.is_relative_to(SheetStorage.root) or not folder.is_dir():
        abort(404)
    return {"sheets": sorted(p.name for p in folder.glob("*" + SheetStorage.suffix))}
