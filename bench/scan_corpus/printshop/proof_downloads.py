"""FastAPI routes for downloading proof PDFs from a customer's job."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from printshop.api.deps import current_customer, get_job

PROOF_ROOT = Path(os.environ.get("PROOF_ROOT", "/srv/printshop/proofs")).resolve()

router = APIRouter(prefix="/api/jobs")


def resolve_proof(job_ref: str, filename: str) -> Path:
    job_dir = (PROOF_ROOT / job_ref).resolve()
    candidate = (job_dir / filename).resolve()
    if not candidate.is_relative_to(job_dir) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{job_id}/proofs/{filename}")
def download_proof(job_id: int, filename: str, customer=Depends(current_customer)):
    job = get_job(job_id)
    if job is None or job.customer_id != customer.id:
        raise HTTPException(status_code=404)
    path = resolve_proof(job.reference, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
