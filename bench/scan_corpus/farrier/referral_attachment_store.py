"""Upload and download of vet referral attachments (x-rays, lameness reports)."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import StaffUser, current_staff
from .config import settings

router = APIRouter(prefix="/referrals/{referral_id}/attachments")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".dcm"}
MAX_BYTES = 25 * 1024 * 1024


class ReferralFolder:
    def __init__(self, root: str | Path, referral_id: int) -> None:
        self.base = (Path(root) / f"referral-{referral_id}").resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.base / name).resolve()
        if not candidate.is_relative_to(self.base) or candidate == self.base:
            raise HTTPException(status_code=404, detail="attachment not found")
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
            raise HTTPException(status_code=415, detail="unsupported file type")
        return candidate


@router.post("", status_code=201)
async def upload(referral_id: int, file: UploadFile, user: StaffUser = Depends(current_staff)) -> dict:
    folder = ReferralFolder(settings.referral_attachment_root, referral_id)
    target = folder.locate(Path(file.filename or "").name)
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="attachment too large")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"name": target.name, "bytes": len(data), "uploaded_by": user.username}


@router.get("/{name}")
def download(referral_id: int, name: str, user: StaffUser = Depends(current_staff)) -> FileResponse:
    path = ReferralFolder(settings.referral_attachment_root, referral_id).locate(name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    return FileResponse(path, filename=path.name)


@router.delete("/{name}", status_code=204)
def delete(referral_id: int, name: str, user: StaffUser = Depends(current_staff)) -> None:
    path = ReferralFolder(settings.referral_attachment_root, referral_id).locate(name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    path.unlink()
