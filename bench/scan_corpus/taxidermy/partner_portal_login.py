"""Partner portal for outfitters and guides who refer hunters to the studio.

Partners log in to upload tax documents (W-9) for referral commissions and
to see which referred specimens are in progress.
"""
from __future__ import annotations

import hashlib
import logging

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile, status
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import Outfitter, OutfitterDocument
from .tokens import issue_partner_session, current_outfitter

log = logging.getLogger(__name__)
router = APIRouter(prefix="/outfitters", tags=["outfitters"])

PASSLIB_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__default_rounds": 12,
}

pwd_context = CryptContext(**PASSLIB_OPTIONS)


def document_checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@router.post("/login")
def outfitter_login(
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_session),
):
    outfitter = db.scalar(select(Outfitter).where(Outfitter.email == email.lower()))
    if outfitter is None:
        pwd_context.dummy_verify()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    valid, new_hash = pwd_context.verify_and_update(password, outfitter.password_hash)
    if not valid:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if new_hash:
        outfitter.password_hash = new_hash
        db.commit()
    return {"session": issue_partner_session(outfitter.id)}


@router.post("/documents")
async def upload_tax_document(
    file: UploadFile = File(...),
    outfitter: Outfitter = Depends(current_outfitter),
    db: Session = Depends(get_session),
):
    data = await file.read()
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "file too large")
    checksum = document_checksum(data)
    duplicate = db.scalar(
        select(OutfitterDocument).where(
            OutfitterDocument.outfitter_id == outfitter.id,
            OutfitterDocument.sha256 == checksum,
        )
    )
    if duplicate is not None:
        return {"id": duplicate.id, "duplicate": True}
    doc = OutfitterDocument(outfitter_id=outfitter.id, sha256=checksum, content=data, kind="w9")
    db.add(doc)
    db.commit()
    log.info("outfitter %s uploaded tax document %s", outfitter.id, doc.id)
    return {"id": doc.id, "duplicate": False}
