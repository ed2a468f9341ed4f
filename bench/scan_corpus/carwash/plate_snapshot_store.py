"""Storage backend for licence-plate snapshots referenced by dispute tickets."""
from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse


class SnapshotStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        return candidate

    def open(self, relative: str) -> BinaryIO:
        return self.resolve(relative).open("rb")

    def save(self, relative: str, data: bytes) -> Path:
        target = self.resolve(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target


store = SnapshotStore(os.environ.get("LPR_SNAPSHOT_ROOT", "/data/lpr"))
router = APIRouter(prefix="/disputes")


@router.get("/{ticket_id}/snapshot")
def dispute_snapshot(ticket_id: int, image: str) -> FileResponse:
    try:
        path = store.resolve(image)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid image reference")
    if not path.is_file():
        raise HTTPException(status_code=404, detail="snapshot not found")
    return FileResponse(path, media_type="image/jpeg", filename=f"ticket-{ticket_id}.jpg")


@router.put("/{ticket_id}/snapshot/{camera_id}/{name}")
async def attach_snapshot(ticket_id: int, camera_id: str, name: str, body: bytes = b"") -> dict:
    try:
        saved = store.save(f"{camera_id}/{name}", body)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid image reference")
    return {"ticket": ticket_id, "stored": saved.name}
