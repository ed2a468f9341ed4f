"""Download endpoint for finished translations in the client portal."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_client
from .projects import get_project_for_client

DELIVERY_ROOT = os.environ.get("DELIVERY_ROOT", "/srv/agency/deliveries")

router = APIRouter(prefix="/client/projects")


def _delivery_path(project_code: str, filename: str) -> str:
    return os.path.join(DELIVERY_ROOT, project_code, "final", filename)


@router.get("/{project_id}/deliveries")
def list_deliveries(project_id: int, client=Depends(current_client)):
    project = get_project_for_client(project_id, client.id)
    if project is None:
        raise HTTPException(status_code=404, detail="project not found")
    folder = os.path.join(DELIVERY_ROOT, project.code, "final")
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}


@router.get("/{project_id}/deliveries/download")
def download_delivery(project_id: int, name: str = Query(...), client=Depends(current_client)):
    project = get_project_for_client(project_id, client.id)
    if project is None:
        raise HTTPException(status_code=404, detail="project not found")
    path = _delivery_path(project.code, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="file not delivered yet")
    return FileResponse(path, filename=os.path.basename(path))
