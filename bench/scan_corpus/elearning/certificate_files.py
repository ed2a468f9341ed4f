"""Download endpoint for a learner's own certificate PDFs."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from lms.auth import Learner, current_learner

router = APIRouter(prefix="/me/certificates")

CERT_ROOT = Path(os.environ["CERTIFICATE_STORE"]).resolve()


def _learner_dir(learner: Learner) -> Path:
    return CERT_ROOT / str(learner.id)


@router.get("")
async def list_certificates(learner: Learner = Depends(current_learner)) -> list[str]:
    folder = _learner_dir(learner)
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


@router.get("/{filename}")
async def download_certificate(filename: str, learner: Learner = Depends(current_learner)):
    base = _learner_dir(learner)
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or target.suffix != ".pdf" or not target.is_file():
        raise HTTPException(status_code=404, detail="certificate not found")
    return FileResponse(target, media_type="application/pdf", filename=target.name)
