"""Verification of certificate copies handed to site auditors.

An auditor can upload a PDF they were given on site; we hash it and tell
them whether it matches the certificate we issued under that number.
"""
import hashlib

from fastapi import APIRouter, File, HTTPException, UploadFile

from chainmaker.certs import get_certificate_async

router = APIRouter(prefix="/v1/verify")

MAX_PDF_BYTES = 20 * 1024 * 1024


async def _sha256_of(upload: UploadFile) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := await upload.read(64 * 1024):
        size += len(chunk)
        if size > MAX_PDF_BYTES:
            raise HTTPException(status_code=413, detail="file too large")
        h.update(chunk)
    return h.hexdigest(), size


@router.post("/{certificate_no}")
async def verify_copy(certificate_no: str, pdf: UploadFile = File(...)):
    cert = await get_certificate_async(certificate_no)
    if cert is None:
        raise HTTPException(status_code=404, detail="unknown certificate")
    digest, size = await _sha256_of(pdf)
    matches = digest == cert.pdf_sha256
    return {
        "certificate": cert.number,
        "matches_issued_copy": matches,
        "issued_sha256": cert.pdf_sha256,
        "uploaded_sha256": digest,
        "uploaded_bytes": size,
        "superseded": cert.superseded_by is not None,
    }
