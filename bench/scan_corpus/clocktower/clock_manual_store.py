"""Storage and download of scanned maker's manuals and service sheets.

Manuals for Smith of Derby, Gillett & Johnston, Potts of Leeds and other
movements are kept as PDFs; technicians fetch them from the tablet app.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse
from fastapi.security import HTTPBearer

app = FastAPI(title="Manual library")
auth = HTTPBearer()


class ManualStore:
    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, name: str) -> Path:
        return self.root / name

    def list(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.pdf"))

    def save(self, upload: UploadFile) -> str:
        stem = Path(upload.filename or "manual").stem
        safe_stem = "".join(ch for ch in stem if ch.isalnum() or ch in "-_") or "manual"
        target = self.root / f"{safe_stem}.pdf"
        with target.open("wb") as fh:
            while chunk := upload.file.read(1 << 20):
                fh.write(chunk)
        return target.name


store = ManualStore(Path(os.environ.get("CLOCKTOWER_MANUAL_ROOT", "/srv/clocktower/manuals")))


@app.get("/manuals", dependencies=[Depends(auth)])
def list_manuals():
    return {"manuals": store.list()}


@app.get("/manuals/{name:path}", dependencies=[Depends(auth)])
def download_manual(name: str):
    path = store.path_for(name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="manual not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@app.post("/manuals", status_code=201, dependencies=[Depends(auth)])
def upload_manual(file: UploadFile):
    if file.content_type != "application/pdf":
        raise HTTPException(status_code=415, detail="PDF only")
    return {"name": store.save(file)}
