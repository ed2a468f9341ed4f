"""Archive of PBN hand record files, grouped by event.

The dealing-machine PC uploads finished hand records here, and the
scoring room can fetch or withdraw them again. Layout on disk is
``<root>/<event code>/<file name>``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse

from scoring.auth import require_director

MAX_PBN_BYTES = 2 * 1024 * 1024


class HandRecordArchive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, event_code: str, file_name: str) -> Path:
        return self.root / event_code / file_name

    def list_event(self, event_code: str) -> List[str]:
        folder = self.root / event_code
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".pbn")

    def store(self, event_code: str, file_name: str, data: bytes) -> Path:
        target = self.path_for(event_code, file_name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def remove(self, event_code: str, file_name: str) -> None:
        self.path_for(event_code, file_name).unlink(missing_ok=False)


app = FastAPI(title="Hand record archive")
archive = HandRecordArchive(Path(os.environ.get("PBN_ARCHIVE_ROOT", "/var/lib/bridgeclub/pbn")))


@app.get("/events/{event_code}/hands")
def list_hands(event_code: str, _=Depends(require_director)):
    return {"files": archive.list_event(event_code)}


@app.get("/events/{event_code}/hands/{file_name}")
def get_hand_record(event_code: str, file_name: str, _=Depends(require_director)):
    path = archive.path_for(event_code, file_name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/x-pbn", filename=path.name)


@app.put("/events/{event_code}/hands/{file_name}", status_code=201)
async def put_hand_record(event_code: str, file_name: str, upload: UploadFile,
                          _=Depends(require_director)):
    data = await upload.read(MAX_PBN_BYTES + 1)
    if len(data) > MAX_PBN_BYTES:
        raise HTTPException(status_code=413)
    if not data.lstrip().startswith(b"%"):
        raise HTTPException(status_code=422, detail="not a PBN file")
    archive.store(event_code, file_name, data)
    return {"stored": file_name}


@app.delete("/events/{event_code}/hands/{file_name}", status_code=204)
def delete_hand_record(event_code: str, file_name: str, _=Depends(require_director)):
    try:
        archive.remove(event_code, file_name)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
