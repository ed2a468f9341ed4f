"""Serves stored supporting documents to the importer who owns the entry."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("DOCS")


class DocumentVault:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def importer_dir(self, importer_id: int) -> Path:
        return self.root / f"importer-{importer_id}"

    def resolve(self, importer_id: int, relative: str) -> Path:
        base = self.importer_dir(importer_id).resolve()
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(relative)
        return candidate


def vault() -> DocumentVault:
    return DocumentVault(app.config.get("VAULT_ROOT", "/srv/customs/vault"))


@app.get("/documents/<path:relative>")
@login_required
def fetch_document(relative: str):
    try:
        path = vault().resolve(current_user.importer_id, relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@app.get("/documents/")
@login_required
def index():
    base = vault().importer_dir(current_user.importer_id)
    if not base.is_dir():
        return {"documents": []}
    return {
        "documents": sorted(
            str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()
        )
    }
