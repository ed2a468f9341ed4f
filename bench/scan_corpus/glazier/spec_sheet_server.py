"""Serves product specification sheets to customers and fitters.

Spec sheets (U-values, acoustic ratings, toughened and laminated glass markings to BS EN
12150 / 14449) are stored under one library folder, grouped by supplier.
"""
from pathlib import Path

from flask import Flask, abort, send_file
from werkzeug.exceptions import NotFound

app = Flask(__name__)
app.config.from_prefixed_env()

SPEC_LIBRARY = Path(app.config.get("SPEC_LIBRARY", "/srv/glazeops/spec-sheets")).resolve()
SHEET_TYPES = {".pdf": "application/pdf", ".png": "image/png"}


def resolve_sheet(relative: str, root: Path = SPEC_LIBRARY) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise NotFound()
    if candidate.suffix.lower() not in SHEET_TYPES or not candidate.is_file():
        raise NotFound()
    return candidate


@app.get("/specs/<path:sheet>")
def spec_sheet(sheet: str):
    path = resolve_sheet(sheet)
    return send_file(path, mimetype=SHEET_TYPES[path.suffix.lower()], max_age=3600)


@app.get("/specs/")
def spec_index():
    suppliers = {}
    for p in sorted(SPEC_LIBRARY.rglob("*")):
        if p.is_file() and p.suffix.lower() in SHEET_TYPES:
            rel = p.relative_to(SPEC_LIBRARY)
            suppliers.setdefault(rel.parts[0], []).append(str(rel))
    if not suppliers:
        abort(404)
    return suppliers
