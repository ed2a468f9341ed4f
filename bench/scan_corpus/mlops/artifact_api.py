"""Serve run artifacts (plots, confusion matrices, exported models) to the UI."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import Principal, current_principal
from .runs import get_run

router = APIRouter(prefix="/api/runs", tags=["artifacts"])

ARTIFACT_ROOT = Path(os.environ.get("TRACKING_ARTIFACT_ROOT", "/srv/tracking/artifacts"))


def _run_dir(run_id: str) -> Path:
    return ARTIFACT_ROOT / run_id[:2] / run_id


@router.get("/{run_id}/artifacts")
def list_artifacts(run_id: str, user: Principal = Depends(current_principal)):
    run = get_run(run_id, user)
    if run is None:
        raise HTTPException(404, "run not found")
    base = _run_dir(run.id)
    return sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file())


@router.get("/{run_id}/artifacts/{artifact_path:path}")
def get_artifact(run_id: str, artifact_path: str, user: Principal = Depends(current_principal)):
    run = get_run(run_id, user)
    if run is None:
        raise HTTPException(404, "run not found")
    target = _run_dir(run.id) / artifact_path
    if not target.is_file():
        raise HTTPException(404, "artifact not found")
    media_type, _ = mimetypes.guess_type(target.name)
    return FileResponse(target, media_type=media_type or "application/octet-stream")
