"""Reference material (style guides, screenshots, previous versions) for translators."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_translator
from .jobs import job_for_translator

REFERENCE_ROOT = Path(os.environ.get("REFERENCE_ROOT", "/srv/agency/reference")).resolve()

router = APIRouter(prefix="/translator/jobs")


def _resolve_reference(job_code: str, name: str) -> Path:
    folder = (REFERENCE_ROOT / job_code).resolve()
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="no such reference file")
    return candidate


@router.get("/{job_id}/reference")
def get_reference(job_id: int, name: str = Query(..., max_length=255),
                  translator=Depends(current_translator)):
    job = job_for_translator(job_id, translator.id)
    if job is None:
        raise HTTPException(status_code=404, detail="job not found")
    path = _resolve_reference(job.code, name)
    return FileResponse(path, filename=path.name)
