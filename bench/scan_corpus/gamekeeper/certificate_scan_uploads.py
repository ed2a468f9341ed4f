"""Upload and retrieval of members' certificate scans.

Members upload a scan of their shotgun or firearm certificate before they
can be booked onto a day; the office later retrieves it for the annual check.
"""
import uuid
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

from gamekeeper.auth import current_member, require_office_staff
from gamekeeper.config import settings

app = FastAPI()

SCAN_ROOT = Path(settings.CERTIFICATE_SCAN_ROOT).resolve()
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 8 * 1024 * 1024


def _within_root(candidate: Path) -> Path:
    resolved = candidate.resolve()
    if not resolved.is_relative_to(SCAN_ROOT):
        raise HTTPException(status_code=400, detail="invalid document path")
    return resolved


@app.post("/members/me/certificate-scan")
async def upload_scan(upload: UploadFile, member=Depends(current_member)):
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415)
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413)
    folder = SCAN_ROOT / f"member_{member.id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    (folder / stored_name).write_bytes(data)
    return {"document": stored_name}


@app.get("/office/members/{member_id}/scans/{document}")
def fetch_scan(member_id: int, document: str, staff=Depends(require_office_staff)):
    target = _within_root(SCAN_ROOT / f"member_{member_id:06d}" / document)
    if target.suffix.lower() not in ALLOWED_SUFFIXES or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target, filename=target.name)
