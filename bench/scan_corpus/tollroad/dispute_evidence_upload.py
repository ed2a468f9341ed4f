"""Customers attach evidence (receipts, photos) to an open billing dispute."""
from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel

router = APIRouter(prefix="/disputes")

EVIDENCE_ROOT = Path("/srv/dispute-evidence")
MAX_BYTES = 10 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf"}


class EvidenceReceipt(BaseModel):
    dispute_id: int
    stored_as: str
    sha256: str
    size: int


class EvidenceStore:
    def __init__(self, root: Path = EVIDENCE_ROOT) -> None:
        self.root = root

    def destination(self, dispute_id: int, original_name: str) -> Path:
        folder = self.root / f"{dispute_id:08d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / original_name

    def save(self, dispute_id: int, original_name: str, data: bytes) -> Path:
        dest = self.destination(dispute_id, original_name)
        dest.write_bytes(data)
        return dest


def get_store() -> EvidenceStore:
    return EvidenceStore()


@router.post("/{dispute_id}/evidence", response_model=EvidenceReceipt)
async def attach_evidence(
    dispute_id: int,
    upload: UploadFile = File(...),
    store: EvidenceStore = Depends(get_store),
) -> EvidenceReceipt:
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    data = await upload.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    stored = store.save(dispute_id, upload.filename or "evidence.bin", data)
    return EvidenceReceipt(
        dispute_id=dispute_id,
        stored_as=stored.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
