"""Instructor certificate uploads.

Instructors upload photos or PDFs of their paddlesport awards and first
aid certificates so the chief instructor can check them before the
season. Files are kept in a folder per instructor.
"""

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, UploadFile

from coracle.auth import current_instructor
from coracle.config import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/instructors/me/certificates")

ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
MAX_BYTES = 8 * 1024 * 1024


class CertificateStore:
    def __init__(self, root: Path):
        self.root = root

    def folder_for(self, instructor_id: int) -> Path:
        folder = self.root / f"instructor-{instructor_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, instructor_id: int, name: str, data: bytes) -> Path:
        target = self.folder_for(instructor_id) / name
        target.write_bytes(data)
        return target


store = CertificateStore(Path(settings.certificate_root))


@router.post("", status_code=201)
async def upload_certificate(
    file: UploadFile,
    award_code: str = Form(...),
    save_as: str = Form(...),
    instructor=Depends(current_instructor),
) -> dict:
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="PDF, JPEG or PNG only")
    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    saved = store.save(instructor.id, save_as, data)
    log.info("Instructor %s uploaded %s for %s", instructor.id, saved.name, award_code)
    return {"award": award_code, "stored_as": saved.name}
