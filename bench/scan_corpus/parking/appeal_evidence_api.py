"""Serve evidence files uploaded with a citation appeal."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from appeals.auth import current_user
from appeals.repo import get_appeal_for_user

router = APIRouter(prefix="/appeals")

EVIDENCE_ROOT = Path(os.environ.get("APPEAL_EVIDENCE_ROOT", "/srv/appeals/evidence")).resolve()


def _resolve_evidence(appeal_id: int, name: str) -> Path:
    base = (EVIDENCE_ROOT / str(appeal_id)).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{appeal_id}/evidence")
def get_evidence(appeal_id: int, name: str, user=Depends(current_user)):
    appeal = get_appeal_for_user(appeal_id, user.id)
    if appeal is None:
        raise HTTPException(status_code=404)
    path = _resolve_evidence(appeal.id, name)
    return FileResponse(path, filename=path.name)
