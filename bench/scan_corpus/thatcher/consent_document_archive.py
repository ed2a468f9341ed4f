"""Archive of heritage consent paperwork per job.

For listed roofs the office keeps the decision notice, the conservation
officer's conditions, drawings and photographs of the approved ridge
pattern. Staff upload these against the job from the consents screen.
"""

from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from thatcher.config import settings
from thatcher.consents import record_document

router = APIRouter(prefix="/jobs/{job_id}/consent-documents")

ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
MAX_BYTES = 25 * 1024 * 1024


class ConsentArchive:
    def __init__(self, root: Path | None = None):
        self.root = root or Path(settings.consent_archive_dir)

    def folder_for(self, job_id: int) -> Path:
        folder = self.root / f"job-{job_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def store(self, job_id: int, filename: str, content: bytes) -> Path:
        destination = self.folder_for(job_id) / filename
        destination.write_bytes(content)
        return destination


archive = ConsentArchive()


@router.post("")
async def upload_consent_document(job_id: int, document: UploadFile = File(...)):
    if document.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="Upload a PDF or photo")
    content = await document.read()
    if len(content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    stored = archive.store(job_id, document.filename or "document.pdf", content)
    await record_document(
        job_id=job_id,
        stored_path=str(stored),
        uploaded_at=datetime.now(timezone.utc),
    )
    return {"stored_as": stored.name, "bytes": len(content)}
