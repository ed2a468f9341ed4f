"""Serves product data sheets and SDS documents to the public site.

Data sheets for each NHL grade, hot-mixed mortar, lime putty and limewash,
plus the safety data sheets merchants must hold, are kept in a folder tree
by product family and language, e.g. ``nhl/en/nhl-3.5-datasheet.pdf``.
"""

import mimetypes
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.from_prefixed_env("LIMEWORKS")


def datasheet_root() -> Path:
    return Path(app.config.get("DATASHEET_ROOT", "/srv/limeworks/datasheets")).resolve()


def locate(relative: str) -> Path | None:
    root = datasheet_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


@app.get("/datasheets/<path:relative>")
def datasheet(relative: str):
    found = locate(relative)
    if found is None:
        abort(404)
    mimetype = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
    inline = request.args.get("download") != "1"
    return send_file(found, mimetype=mimetype, as_attachment=not inline)


@app.get("/datasheets/")
def datasheet_index():
    root = datasheet_root()
    family = request.args.get("family", "")
    base = (root / family).resolve()
    if not base.is_relative_to(root) or not base.is_dir():
        abort(404)
    return {
        "family": family,
        "files": sorted(str(p.relative_to(root)) for p in base.rglob("*.pdf")),
    }
