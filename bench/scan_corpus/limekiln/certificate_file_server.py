"""Serves lab test certificates and data-sheets to signed-in conservation architects."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, abort, jsonify, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("LIMEKILN")
login_manager = LoginManager(app)
log = logging.getLogger("lab.files")


class DocumentShelf:
    """A read-only folder of published PDFs."""

    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, relative: str) -> Path | None:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            return None
        return candidate

    def listing(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*.pdf"))


shelf = DocumentShelf(app.config.get("DOC_ROOT", "/srv/limekiln/published"))


@app.get("/docs")
@login_required
def docs_index():
    return jsonify(documents=shelf.listing())


@app.get("/docs/<path:relative>")
@login_required
def docs_get(relative: str):
    path = shelf.resolve(relative)
    if path is None:
        abort(404)
    log.info("user %s fetched %s", current_user.get_id(), path.name)
    return send_file(path, mimetype="application/pdf")
