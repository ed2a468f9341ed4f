"""Stores intake photographs of items handed in for repair, before any work is done."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from repairs.config import settings
from repairs.deps import require_counter_staff

router = APIRouter(prefix="/repairs", dependencies=[Depends(require_counter_staff)])

MAX_BYTES = 15 * 1024 * 1024


class IntakePhotoStore:
    def __init__(self, root: Path):
        self.root = root

    def folder_for(self, ticket_id: int) -> Path:
        folder = self.root / f"ticket-{ticket_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, ticket_id: int, original_name: str, data: bytes) -> Path:
        target = self.folder_for(ticket_id) / original_name
        if target.exists():
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
            target = target.with_name(f"{target.stem}-{stamp}{target.suffix}")
        target.write_bytes(data)
        return target

    def list(self, ticket_id: int) -> list[str]:
        return sorted(p.name for p in self.folder_for(ticket_id).iterdir() if p.is_file())


store = IntakePhotoStore(Path(settings.REPAIR_PHOTO_ROOT))


@router.post("/{ticket_id}/photos", status_code=201)
async def upload_intake_photo(ticket_id: int, photo: UploadFile = File(...)):
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="Photo too large")
    if not (photo.content_type or "").startswith("image/"):
        raise HTTPException(status_code=415, detail="Only images are accepted")
    saved = store.save(ticket_id, photo.filename or "photo.jpg", data)
    return {"stored_as": saved.name}


@router.get("/{ticket_id}/photos")
async def list_intake_photos(ticket_id: int):
    return {"photos": store.list(ticket_id)}
