"""Serves rendered proof PDFs and thumbnails from the proof archive."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_client_or_staff
from .models import Proof

router = APIRouter(prefix="/proof-files", tags=["proofs"])

PROOF_ROOT = Path(os.environ.get("PROOF_ARCHIVE", "/srv/letterpress/proofs")).resolve()
MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg"}


def resolve_in_archive(order_ref: str, relative: str) -> Path:
    base = (PROOF_ROOT / order_ref).resolve()
    candidate = (base / relative).resolve()
    if base.parent != PROOF_ROOT or not candidate.is_relative_to(base):
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{order_ref}/{relative:path}")
async def proof_file(order_ref: str, relative: str, who=Depends(current_client_or_staff)):
    proof = await Proof.latest_for(order_ref)
    if proof is None or not who.may_view(proof):
        raise HTTPException(status_code=404)
    path = resolve_in_archive(order_ref, relative)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=media_type, filename=path.name)


@router.get("/{order_ref}")
async def proof_index(order_ref: str, who=Depends(current_client_or_staff)):
    proof = await Proof.latest_for(order_ref)
    if proof is None or not who.may_view(proof):
        raise HTTPException(status_code=404)
    folder = resolve_in_archive(order_ref, ".")
    files = [
        p.relative_to(folder).as_posix()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix.lower() in MEDIA_TYPES
    ]
    return {"order": order_ref, "revision": proof.revision, "files": files}
