"""Download endpoint for purchased smocking pattern files.

After checkout a customer can download the PDF and the printable
pleater chart for each pattern they bought.  Files are stored on local
disk under the pattern root, one file per variant.
"""
from __future__ import annotations

import os

from flask import Flask, abort, send_file, session

from .purchases import customer_owns_pattern

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

PATTERN_ROOT = os.environ.get("PATTERN_ROOT", "/srv/smockstudio/patterns")
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


def _mimetype_for(filename: str) -> str:
    _, ext = os.path.splitext(filename)
    return MIME_TYPES.get(ext.lower(), "application/octet-stream")


@app.get("/downloads/<int:pattern_id>/<path:filename>")
def download_pattern(pattern_id: int, filename: str):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    if not customer_owns_pattern(customer_id, pattern_id):
        abort(403)

    full_path = os.path.join(PATTERN_ROOT, str(pattern_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype=_mimetype_for(filename),
        as_attachment=True,
        download_name=os.path.basename(filename),
    )
