"""Download endpoints for robot log archives collected by the fleet agent."""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_operator
from .settings import settings

router = APIRouter(prefix="/api/logs", dependencies=[Depends(require_operator)])


def _archive_dir(robot_serial: str) -> str:
    if not robot_serial.isalnum():
        raise HTTPException(status_code=400, detail="bad serial")
    return os.path.join(settings.log_archive_root, robot_serial)


@router.get("/{robot_serial}")
def list_archives(robot_serial: str) -> list[str]:
    directory = _archive_dir(robot_serial)
    if not os.path.isdir(directory):
        raise HTTPException(status_code=404, detail="no archives")
    return sorted(f for f in os.listdir(directory) if f.endswith(".tar.zst"))


@router.get("/{robot_serial}/download")
def download_archive(robot_serial: str, name: str):
    path = os.path.join(_archive_dir(robot_serial), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="archive not found")
    return FileResponse(path, filename=os.path.basename(path), media_type="application/zstd")
