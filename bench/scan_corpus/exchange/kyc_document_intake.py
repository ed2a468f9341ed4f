"""Onboarding API: upload and retrieve KYC documents.

Uploaded files are stored under ``KYC_ROOT/<application_id>/`` with a
server-generated name; the client's original file name is kept only as
metadata in the database.
"""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import asyncpg
from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

from backoffice.onboarding.auth import Applicant, current_applicant

log = logging.getLogger("kyc_intake")

KYC_ROOT = Path(os.environ.get("KYC_ROOT", "/srv/kyc")).resolve()
ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
MAX_BYTES = 10 * 1024 * 1024

app = FastAPI(title="kyc intake")


def _application_dir(applicant: Applicant) -> Path:
    folder = KYC_ROOT / str(uuid.UUID(applicant.application_id))
    folder.mkdir(mode=0o750, parents=True, exist_ok=True)
    return folder


@app.post("/kyc/documents", status_code=201)
async def upload(file: UploadFile, doc_type: str, applicant: Applicant = Depends(current_applicant)):
    ext = ALLOWED_TYPES.get(file.content_type or "")
    if ext is None:
        raise HTTPException(status_code=415, detail="unsupported file type")
    content = await file.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    doc_id = uuid.uuid4().hex
    (_application_dir(applicant) / f"{doc_id}{ext}").write_bytes(content)
    conn = await asyncpg.connect(os.environ["ONBOARDING_DSN"])
    try:
        await conn.execute(
            "INSERT INTO kyc_documents (id, application_id, doc_type, original_name, stored_ext) "
            "VALUES ($1, $2, $3, $4, $5)",
            doc_id, applicant.application_id, doc_type, file.filename, ext,
        )
    finally:
        await conn.close()
    log.info("application %s uploaded %s (%d bytes)", applicant.application_id, doc_type, len(content))
    return {"document_id": doc_id}


@app.get("/kyc/documents/{document_name}")
async def fetch(document_name: str, applicant: Applicant = Depends(current_applicant)):
    folder = _application_dir(applicant)
    path = (folder / document_name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path)
