"""Serve poll-worker training materials (slides, videos, quizzes)."""
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/training")

MATERIALS_ROOT = Path(os.environ.get("TRAINING_ROOT", "/srv/elections/training")).resolve()


def _resolve(module: str, filename: str) -> Path:
    candidate = (MATERIALS_ROOT / module / filename).resolve()
    if not candidate.is_relative_to(MATERIALS_ROOT):
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{module}/files/{filename}")
def get_material(module: str, filename: str) -> FileResponse:
    path = _resolve(module, filename)
    return FileResponse(path, filename=path.name)


@router.get("/{module}")
def list_module(module: str) -> dict:
    folder = (MATERIALS_ROOT / module).resolve()
    if not folder.is_relative_to(MATERIALS_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {"module": module, "files": sorted(p.name for p in folder.iterdir() if p.is_file())}
