"""Upload supporting documents for a grant claim.

Finance attach invoices, contractor quotes and progress photographs to a
claim before it is submitted to the funder.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from pydantic import BaseModel

router = APIRouter(prefix="/grants/claims")

ATTACHMENT_ROOT = Path(os.environ.get("GRANT_ATTACHMENTS", "/srv/estate/grants/attachments"))
MAX_BYTES = 25 * 1024 * 1024


class StoredAttachment(BaseModel):
    claim_ref: str
    filename: str
    size: int
    uploaded_at: datetime


def current_finance_user():
    from estate.auth import require_role

    return require_role("finance")


def _target_for(claim_ref: str, filename: str) -> Path:
    folder = ATTACHMENT_ROOT / claim_ref.upper()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / filename


@router.post("/{claim_ref}/attachments", response_model=StoredAttachment)
async def upload_attachment(
    claim_ref: str,
    upload: UploadFile = File(...),
    category: str = Form("invoice"),
    user=Depends(current_finance_user),
) -> StoredAttachment:
    if not claim_ref.isalnum():
        raise HTTPException(400, "invalid claim reference")
    data = await upload.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "attachment too large")
    target = _target_for(claim_ref, upload.filename)
    with open(target, "wb") as fh:
        fh.write(data)
    from estate.grants.claims import register_attachment

    await register_attachment(claim_ref, target.name, category, uploaded_by=user.id)
    return StoredAttachment(
        claim_ref=claim_ref.upper(),
        filename=target.name,
        size=len(data),
        uploaded_at=datetime.now(timezone.utc),
    )
