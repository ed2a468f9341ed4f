"""Team document library (kit policies, safeguarding forms, pitch maps)."""
import os
from pathlib import Path

from fastapi import APIRouter, FastAPI, HTTPException
from fastapi.responses import FileResponse

DOCS_ROOT = Path(os.environ.get("TEAM_DOCS_ROOT", "/srv/club/team-docs")).resolve()

router = APIRouter(prefix="/teams/{team_slug}/documents")


def _team_dir(team_slug: str) -> Path:
    if not team_slug.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="Invalid team")
    return DOCS_ROOT / team_slug


def resolve_document(team_slug: str, filename: str) -> Path:
    base = _team_dir(team_slug).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="Document not found")
    return candidate


@router.get("")
def list_documents(team_slug: str) -> list[str]:
    folder = _team_dir(team_slug)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.get("/{filename}")
def get_document(team_slug: str, filename: str) -> FileResponse:
    path = resolve_document(team_slug, filename)
    return FileResponse(path, filename=path.name)


app = FastAPI(title="Team documents")
app.include_router(router)
