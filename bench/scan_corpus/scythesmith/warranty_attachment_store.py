"""Storage of photos and receipts attached to warranty claims.

Claimants upload photos of the damaged edge and their purchase receipt.
Files live on the claims volume under one folder per claim.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from scythesmith.auth import current_claimant
from scythesmith.config import settings
from scythesmith.warranty import get_claim_for

router = APIRouter(prefix="/warranty/claims/{reference}/attachments")

ATTACHMENT_ROOT = Path(settings.WARRANTY_ATTACHMENT_ROOT).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf"}
MAX_BYTES = 15 * 1024 * 1024


def claim_path(reference: str, filename: str) -> Path:
    claim_dir = (ATTACHMENT_ROOT / reference).resolve()
    candidate = (claim_dir / filename).resolve()
    if not candidate.is_relative_to(claim_dir) or claim_dir.parent != ATTACHMENT_ROOT:
        raise HTTPException(400, "invalid file name")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(400, "unsupported file type")
    return candidate


@router.post("")
async def upload(reference: str, file: UploadFile, claimant=Depends(current_claimant)):
    claim = await get_claim_for(claimant, reference)
    target = claim_path(claim.reference, file.filename or "")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"stored": target.name}


@router.get("/{filename}")
async def download(reference: str, filename: str, claimant=Depends(current_claimant)):
    claim = await get_claim_for(claimant, reference)
    target = claim_path(claim.reference, filename)
    if not target.is_file():
        raise HTTPException(404, "attachment not found")
    return FileResponse(target, filename=target.name)
