"""Unpacks scouting archives uploaded by the field tablets (pest counts, photos)."""
from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

from fastapi import APIRouter, HTTPException, UploadFile

router = APIRouter(prefix="/scouting")

INBOX = Path("/srv/ghops/scouting/inbox")
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024


def unpack_archive(archive_path: Path, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(dest, filter="data")
    return names


@router.post("/archives/{batch_id}")
async def receive_archive(batch_id: int, archive: UploadFile) -> dict:
    batch_dir = INBOX / f"batch-{batch_id:08d}"
    staging = INBOX / f"batch-{batch_id:08d}.tar"
    size = 0
    with staging.open("wb") as out:
        while chunk := await archive.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_ARCHIVE_BYTES:
                out.close()
                staging.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="archive too large")
            out.write(chunk)
    try:
        names = unpack_archive(staging, batch_dir)
    except tarfile.TarError as exc:
        shutil.rmtree(batch_dir, ignore_errors=True)
        raise HTTPException(status_code=422, detail=f"unreadable archive: {exc}") from exc
    finally:
        staging.unlink(missing_ok=True)
    (batch_dir / "_received.json").write_text(json.dumps({"files": names}))
    return {"batch": batch_id, "files": len(names)}
