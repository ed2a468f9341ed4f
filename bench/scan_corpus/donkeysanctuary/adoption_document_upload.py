"""Document uploads for rehoming applications (proof of address, field photos)."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.security import OAuth2PasswordBearer

from rehoming.auth import current_applicant

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

UPLOAD_ROOT = Path(os.environ.get("APPLICATION_UPLOAD_ROOT", "/srv/rehoming/uploads"))
MAX_BYTES = 15 * 1024 * 1024
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}


def applicant_dir(applicant_id: int) -> Path:
    folder = UPLOAD_ROOT / f"applicant-{applicant_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@app.post("/applications/{application_id}/documents")
async def upload_document(
    application_id: int,
    document: UploadFile = File(...),
    applicant=Depends(current_applicant),
):
    if application_id not in applicant.application_ids:
        raise HTTPException(status_code=404)
    if document.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="PDF, JPEG or PNG only")

    data = await document.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")

    destination = applicant_dir(applicant.id) / document.filename
    with open(destination, "wb") as fh:
        fh.write(data)
    return {"stored": document.filename, "bytes": len(data)}


@app.get("/applications/{application_id}/documents")
async def list_documents(application_id: int, applicant=Depends(current_applicant)):
    if application_id not in applicant.application_ids:
        raise HTTPException(status_code=404)
    folder = applicant_dir(applicant.id)
    return {"documents": sorted(p.name for p in folder.iterdir() if p.is_file())}
