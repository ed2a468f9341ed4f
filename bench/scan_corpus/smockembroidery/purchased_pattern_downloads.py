"""Download endpoint for purchased pattern files, served via Flask.

Customers download the PDFs and pleater charts of patterns they bought.
``send_from_directory`` confines the requested name to the pattern's own
folder, so names like ``../../`` are rejected with a 404.
"""
from __future__ import annotations

import os

from flask import Flask, abort, send_from_directory, session

from .purchases import customer_owns_pattern

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

PATTERN_ROOT = os.environ.get("PATTERN_ROOT", "/srv/smockstudio/patterns")


def pattern_folder(pattern_id: int) -> str:
    return os.path.join(PATTERN_ROOT, str(pattern_id))


@app.get("/downloads/<int:pattern_id>/<path:filename>")
def download_pattern(pattern_id: int, filename: str):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    if not customer_owns_pattern(customer_id, pattern_id):
        abort(403)
    return send_from_directory(
        pattern_folder(pattern_id),
        filename,
        as_attachment=True,
        max_age=0,
    )


@app.get("/downloads/<int:pattern_id>")
def list_downloads(pattern_id: int):
    customer_id = session.get("customer_id")
    if customer_id is None or not customer_owns_pattern(customer_id, pattern_id):
        abort(403)
    folder = pattern_folder(pattern_id)
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(name for name in os.listdir(folder) if not name.startswith("."))}
