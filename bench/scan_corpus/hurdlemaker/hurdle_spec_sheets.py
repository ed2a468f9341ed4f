"""Download endpoint for hurdle specification sheets.

Garden centres and landscapers download PDF spec sheets (panel sizes,
weave patterns, post spacing, care notes) for the hurdles we make.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config.from_prefixed_env(prefix="HURDLES")

SPEC_DIR = os.environ.get("SPEC_SHEET_DIR", "/srv/hurdles/spec-sheets")


def _catalogue() -> list[dict]:
    sheets = []
    for entry in sorted(Path(SPEC_DIR).glob("*.pdf")):
        stat = entry.stat()
        sheets.append(
            {
                "name": entry.name,
                "title": entry.stem.replace("-", " ").title(),
                "size_kb": round(stat.st_size / 1024),
            }
        )
    return sheets


@app.get("/spec-sheets")
def list_sheets():
    return jsonify(_catalogue())


@app.get("/spec-sheets/download")
def download_sheet():
    name = request.args.get("sheet", "")
    if not name.endswith(".pdf"):
        abort(404)
    path = os.path.join(SPEC_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))


@app.get("/spec-sheets/latest")
def latest_sheet():
    sheets = sorted(Path(SPEC_DIR).glob("*.pdf"), key=lambda p: p.stat().st_mtime)
    if not sheets:
        abort(404)
    return send_file(sheets[-1], mimetype="application/pdf", as_attachment=True)
