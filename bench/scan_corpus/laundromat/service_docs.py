"""FastAPI routes that hand out service documents to field technicians."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_technician

router = APIRouter(prefix="/docs", dependencies=[Depends(require_technician)])

DOCS_ROOT = Path(os.environ.get("SERVICE_DOCS_ROOT", "/srv/washpoint/docs")).resolve()


def resolve_doc(model: str, name: str) -> Path:
    candidate = (DOCS_ROOT / model / name).resolve()
    if not candidate.is_relative_to(DOCS_ROOT) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return candidate


@router.get("/{model}/{name}")
def get_doc(model: str, name: str):
    path = resolve_doc(model, name)
    return FileResponse(path, filename=path.name)


@router.get("/{model}")
def list_docs(model: str):
    folder = (DOCS_ROOT / model).resolve()
    if not folder.is_relative_to(DOCS_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404, detail="unknown model")
    return {"model": model, "docs": sorted(p.name for p in folder.iterdir() if p.is_file())}
