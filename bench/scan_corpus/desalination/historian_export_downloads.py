"""Download endpoint for CSV exports produced by the SCADA historian
export job (daily tag dumps per RO train, energy recovery device logs)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import login_required

app = Flask(__name__)


@dataclass(frozen=True)
class ExportStorage:
    root: Path
    allowed_suffixes: tuple[str, ...] = (".csv", ".csv.gz", ".parquet")

    @classmethod
    def from_env(cls) -> "ExportStorage":
        return cls(root=Path(os.environ.get("HISTORIAN_EXPORT_DIR", "/srv/historian/exports")))

    def locate(self, name: str) -> Path:
        return self.root / name

    def listing(self) -> list[dict]:
        return [
            {"name": str(p.relative_to(self.root)), "bytes": p.stat().st_size}
            for p in sorted(self.root.rglob("*"))
            if p.is_file() and p.name.endswith(self.allowed_suffixes)
        ]


class ExportCatalog:
    def __init__(self, storage: ExportStorage) -> None:
        self.storage = storage

    def resolve_request(self, requested: str) -> Path | None:
        if not requested.endswith(self.storage.allowed_suffixes):
            return None
        candidate = self.storage.locate(requested)
        return candidate if candidate.is_file() else None


catalog = ExportCatalog(ExportStorage.from_env())


@app.get("/exports")
@login_required
def list_exports():
    return {"files": catalog.storage.listing()}


@app.get("/exports/download")
@login_required
def download_export():
    requested = request.args.get("file", "")
    path = catalog.resolve_request(requested)
    if path is None:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
