"""Attachments (invoices for parts, pipe voicing notes, photos) on restoration jobs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_restorer

router = APIRouter(prefix="/workshop/jobs", dependencies=[Depends(require_restorer)])

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class AttachmentSettings(BaseSettings):
    attachment_root: Path = Path("/srv/organgrinder/attachments")
    max_bytes: int = 25 * 1024 * 1024


def get_settings() -> AttachmentSettings:
    return AttachmentSettings()


@dataclass
class AttachmentStore:
    root: Path

    def job_dir(self, job_id: int) -> Path:
        path = (self.root / f"job-{job_id:06d}").resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path

    def confined(self, job_id: int, name: str) -> Path:
        base = self.job_dir(job_id)
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base) or candidate == base:
            raise HTTPException(400, "invalid attachment name")
        return candidate

    def save(self, job_id: int, original_name: str, data: bytes) -> str:
        name = SAFE_NAME.sub("_", Path(original_name).name).lstrip(".") or "attachment"
        self.confined(job_id, name).write_bytes(data)
        return name


@router.post("/{job_id}/attachments")
async def upload(job_id: int, file: UploadFile = File(...), settings=Depends(get_settings)):
    data = await file.read()
    if len(data) > settings.max_bytes:
        raise HTTPException(413, "attachment too large")
    name = AttachmentStore(settings.attachment_root).save(job_id, file.filename or "", data)
    return {"job_id": job_id, "name": name}


@router.get("/{job_id}/attachments/{name:path}")
def download(job_id: int, name: str, settings=Depends(get_settings)):
    path = AttachmentStore(settings.attachment_root).confined(job_id, name)
    if not path.is_file():
        raise HTTPException(404, "no such attachment")
    return FileResponse(path, filename=path.name)


@router.delete("/{job_id}/attachments/{name:path}")
def delete(job_id: int, name: str, settings=Depends(get_settings)):
    path = AttachmentStore(settings.attachment_root).confined(job_id, name)
    if not path.is_file():
        raise HTTPException(404, "no such attachment")
    path.unlink()
    return {"deleted": path.name}
