"""File store for source documents received with spontaneous reports (scans, e-mails, photos)."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse


@dataclass(frozen=True)
class StoreSettings:
    root: Path = Path(os.environ.get("PV_SOURCE_DOCS", "/srv/pv/source-docs"))
    max_bytes: int = 50 * 1024 * 1024


class SourceDocumentStore:
    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self._root = settings.root.resolve()

    def _within_root(self, *parts: str) -> Path:
        candidate = self._root.joinpath(*parts).resolve()
        if not candidate.is_relative_to(self._root):
            raise PermissionError("path escapes document store")
        return candidate

    def save(self, case_number: str, filename: str, stream: BinaryIO) -> Path:
        target = self._within_root(case_number, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            shutil.copyfileobj(stream, out, length=1024 * 1024)
        if target.stat().st_size > self.settings.max_bytes:
            target.unlink()
            raise ValueError("document too large")
        return target

    def open_path(self, case_number: str, filename: str) -> Path:
        path = self._within_root(case_number, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path


store = SourceDocumentStore(StoreSettings())
app = FastAPI(title="Source documents")


@app.post("/cases/{case_number}/documents")
def upload(case_number: str, file: UploadFile) -> dict[str, str]:
    try:
        path = store.save(case_number, file.filename or "document.bin", file.file)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid file name")
    return {"stored": path.name}


@app.get("/cases/{case_number}/documents/{filename}")
def download(case_number: str, filename: str) -> FileResponse:
    try:
        return FileResponse(store.open_path(case_number, filename))
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid file name")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="not found")
