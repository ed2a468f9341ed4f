"""Storage of pupils' practice recordings.

Pupils upload short recordings of their chanter or pipes practice for their
tutor to comment on.  Recordings live on local disk under a per-pupil folder.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, List

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile

from .auth import current_pupil_id
from .settings import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/practice")


@dataclass
class Recording:
    name: str
    size: int
    uploaded_at: datetime


class RecordingStore:
    def __init__(self, root: Path):
        self.root = root

    def _pupil_dir(self, pupil_id: int) -> Path:
        folder = self.root / f"pupil-{pupil_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _path_for(self, pupil_id: int, name: str) -> Path:
        return self._pupil_dir(pupil_id) / name

    def save(self, pupil_id: int, stream: BinaryIO) -> str:
        name = f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}.m4a"
        with self._path_for(pupil_id, name).open("wb") as out:
            while chunk := stream.read(1 << 16):
                out.write(chunk)
        return name

    def list(self, pupil_id: int) -> List[Recording]:
        items = []
        for p in sorted(self._pupil_dir(pupil_id).glob("*.m4a")):
            st = p.stat()
            items.append(Recording(p.name, st.st_size,
                                   datetime.fromtimestamp(st.st_mtime, timezone.utc)))
        return items

    def delete(self, pupil_id: int, name: str) -> bool:
        target = self._path_for(pupil_id, name)
        if not target.is_file():
            return False
        target.unlink()
        return True


def get_store() -> RecordingStore:
    return RecordingStore(Path(settings.recordings_root))


@router.post("/recordings")
async def upload(file: UploadFile = File(...), pupil_id: int = Depends(current_pupil_id),
                 store: RecordingStore = Depends(get_store)):
    name = store.save(pupil_id, file.file)
    return {"name": name}


@router.get("/recordings")
def list_recordings(pupil_id: int = Depends(current_pupil_id),
                    store: RecordingStore = Depends(get_store)):
    return [r.__dict__ for r in store.list(pupil_id)]


@router.delete("/recordings")
def delete_recording(name: str = Query(..., min_length=1), pupil_id: int = Depends(current_pupil_id),
                     store: RecordingStore = Depends(get_store)):
    if not store.delete(pupil_id, name):
        raise HTTPException(status_code=404, detail="recording not found")
    log.info("pupil %s deleted recording %s", pupil_id, name)
    return {"deleted": name}
