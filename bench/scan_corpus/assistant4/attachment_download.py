"""Serve ticket attachments stored on the shared volume."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from helpdesk.auth import Agent, current_agent

router = APIRouter(prefix="/attachments", tags=["attachments"])

ATTACHMENT_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", "/var/lib/helpdesk/attachments")).resolve()


def _resolve_inside(base: Path, name: str) -> Path:
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="attachment not found")
    return candidate


@router.get("/download")
def download_attachment(name: str, agent: Agent = Depends(current_agent)) -> FileResponse:
    team_dir = (ATTACHMENT_ROOT / str(agent.team_id)).resolve()
    path = _resolve_inside(team_dir, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    return FileResponse(path, filename=path.name)
