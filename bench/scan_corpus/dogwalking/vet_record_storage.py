"""Stores vaccination and vet records that clients upload for their dogs."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile

from .auth import current_client
from .models import Client

log = logging.getLogger(__name__)
router = APIRouter()

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class VetRecordStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, client_id: int, dog_id: int) -> Path:
        folder = self.root / f"client_{client_id}" / f"dog_{dog_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _path_for(self, client_id: int, dog_id: int, name: str) -> Path:
        return self._folder(client_id, dog_id) / name

    def save(self, client_id: int, dog_id: int, name: str, data: bytes) -> dict:
        target = self._path_for(client_id, dog_id, name)
        target.write_bytes(data)
        return {
            "name": target.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "stored_at": datetime.now(timezone.utc).isoformat(),
        }

    def list(self, client_id: int, dog_id: int) -> list[str]:
        return sorted(p.name for p in self._folder(client_id, dog_id).iterdir() if p.is_file())


store = VetRecordStore(Path("/var/lib/dogwalk/vet-records"))


@router.post("/dogs/{dog_id}/vet-records")
async def upload_vet_record(dog_id: int, file: UploadFile, client: Client = Depends(current_client)):
    if dog_id not in {dog.id for dog in client.dogs}:
        raise HTTPException(status_code=404)
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    meta = store.save(client.id, dog_id, file.filename or "record.pdf", data)
    log.info("client %s uploaded vet record for dog %s", client.id, dog_id)
    return meta


@router.get("/dogs/{dog_id}/vet-records")
def list_vet_records(dog_id: int, client: Client = Depends(current_client)):
    if dog_id not in {dog.id for dog in client.dogs}:
        raise HTTPException(status_code=404)
    return {"records": store.list(client.id, dog_id)}
