"""Receives final masters from mastering engineers ahead of distribution.

Engineers upload WAV/FLAC masters for a release; ingestion later picks them
up, checks loudness and sample rate, and builds the DDEX delivery.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials

from engineer_auth import resolve_engineer

app = FastAPI(title="Master uploads")
bearer = HTTPBearer()

MASTER_ROOT = Path(os.environ.get("MASTER_UPLOAD_ROOT", "/srv/masters"))
AUDIO_SUFFIXES = {".wav", ".flac", ".aiff"}


class ReleaseMasterFolder:
    def __init__(self, root: Path, release_id: int) -> None:
        self.release_dir = root / f"release-{release_id:06d}"
        self.release_dir.mkdir(parents=True, exist_ok=True)

    def target_for(self, upload_name: str) -> Path:
        return self.release_dir / upload_name

    def store(self, upload: UploadFile) -> tuple[Path, str]:
        target = self.target_for(upload.filename or "master.wav")
        sha = hashlib.sha256()
        with target.open("wb") as out:
            while chunk := upload.file.read(1024 * 1024):
                sha.update(chunk)
                out.write(chunk)
        return target, sha.hexdigest()


def engineer_token(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    engineer = resolve_engineer(creds.credentials)
    if engineer is None:
        raise HTTPException(status_code=401, detail="unknown engineer token")
    return engineer


@app.post("/releases/{release_id}/masters")
async def upload_master(
    release_id: int,
    master: UploadFile = File(...),
    engineer: str = Depends(engineer_token),
) -> dict[str, object]:
    suffix = Path(master.filename or "").suffix.lower()
    if suffix not in AUDIO_SUFFIXES:
        raise HTTPException(status_code=415, detail="masters must be WAV, FLAC or AIFF")
    folder = ReleaseMasterFolder(MASTER_ROOT, release_id)
    path, digest = folder.store(master)
    usage = shutil.disk_usage(MASTER_ROOT)
    return {
        "release_id": release_id,
        "stored_as": path.name,
        "sha256": digest,
        "uploaded_by": engineer,
        "free_gb": round(usage.free / 1e9, 1),
    }
