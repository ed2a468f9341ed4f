"""Lets front-desk staff pull a guardian's signed waiver PDF."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import login_required

app = Flask(__name__)
app.config.from_prefixed_env()


class WaiverArchive:
    """Signed waivers are filed as <root>/<site>/<yyyy-mm>/<file>.pdf."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def site_dir(self, site_code: str, month: str) -> Path:
        return self.root / site_code.lower() / month

    def locate(self, site_code: str, month: str, filename: str) -> Path:
        return self.site_dir(site_code, month) / filename


def _archive() -> WaiverArchive:
    return WaiverArchive(app.config.get("WAIVER_ROOT", "/srv/jumpzone/waivers"))


@app.get("/staff/waivers/<site_code>/<month>")
@login_required
def download_waiver(site_code: str, month: str):
    if len(month) != 7 or month[4] != "-":
        abort(400)
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    path = _archive().locate(site_code, month, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
