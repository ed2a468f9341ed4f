"""Download endpoint for generated volunteer rota exports (CSV / PDF)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from rota.auth import current_coordinator

app = FastAPI()

MEDIA_TYPES = {".csv": "text/csv", ".pdf": "application/pdf"}


@dataclass
class ExportStore:
    base_dir: Path

    @classmethod
    def from_env(cls) -> "ExportStore":
        return cls(Path(os.environ.get("ROTA_EXPORT_DIR", "/var/lib/rota/exports")))

    def path_for(self, name: str) -> Path:
        return self.base_dir / name

    def list(self) -> list[str]:
        return sorted(p.name for p in self.base_dir.iterdir() if p.suffix in MEDIA_TYPES)


def get_store() -> ExportStore:
    return ExportStore.from_env()


@app.get("/exports")
def list_exports(
    store: ExportStore = Depends(get_store),
    coordinator=Depends(current_coordinator),
):
    return {"exports": store.list()}


@app.get("/exports/{name}")
def download_export(
    name: str,
    store: ExportStore = Depends(get_store),
    coordinator=Depends(current_coordinator),
):
    path = store.path_for(name)
    media_type = MEDIA_TYPES.get(path.suffix)
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(path, media_type=media_type, filename=path.name)
