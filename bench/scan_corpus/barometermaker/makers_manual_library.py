"""Serve scanned makers' manuals and trade catalogues to the bench tablets.

The library holds scans of Negretti & Zambra, Short & Mason and similar
catalogues, organised in folders by maker.
"""
import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)

LIBRARY_ROOT = Path(os.environ.get("MANUAL_LIBRARY", "/srv/manuals")).resolve()
ALLOWED_SUFFIXES = {".pdf", ".djvu", ".png", ".jpg"}


def resolve_in_library(relative: str, root: Path = LIBRARY_ROOT) -> Path | None:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        return None
    return candidate


@app.get("/manuals/<path:relative>")
def manual(relative: str):
    path = resolve_in_library(relative)
    if path is None:
        abort(404)
    mimetype, _ = mimetypes.guess_type(path.name)
    return send_file(path, mimetype=mimetype or "application/octet-stream")


@app.get("/manuals")
def index():
    makers = {}
    for maker_dir in sorted(p for p in LIBRARY_ROOT.iterdir() if p.is_dir()):
        makers[maker_dir.name] = sorted(
            f.relative_to(LIBRARY_ROOT).as_posix()
            for f in maker_dir.rglob("*")
            if f.suffix.lower() in ALLOWED_SUFFIXES
        )
    return {"makers": makers}
