"""Stores scanned paper waivers uploaded by guides at remote camps."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()


class ScanStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, camp: str, filename: str) -> Path:
        candidate = (self.root / camp / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(filename)
        return candidate

    def save(self, camp: str, filename: str, data: bytes) -> Path:
        target = self.resolve(camp, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target


store = ScanStore(os.environ.get("WAIVER_SCAN_ROOT", "/srv/waiver-scans"))


@app.post("/camps/{camp}/scans")
async def upload_scan(camp: str, scan: UploadFile) -> dict[str, str]:
    if not (scan.filename or "").lower().endswith((".pdf", ".jpg", ".png")):
        raise HTTPException(415, "unsupported file type")
    try:
        path = store.save(camp, scan.filename, await scan.read())
    except PermissionError:
        raise HTTPException(400, "invalid file name") from None
    return {"stored": path.name}


@app.get("/camps/{camp}/scans/{filename}")
def get_scan(camp: str, filename: str) -> FileResponse:
    try:
        path = store.resolve(camp, filename)
    except PermissionError:
        raise HTTPException(400, "invalid file name") from None
    if not path.is_file():
        raise HTTPException(404, "not found")
    return FileResponse(path)
