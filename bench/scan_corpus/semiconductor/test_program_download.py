"""Download endpoint for released test programs.

Tester controllers and the handler setup stations fetch program files by
tester platform and file name, e.g.
``GET /programs/v93k/download?name=AX7110_FT_r12.tgz``.
"""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from tpserver.auth import tester_identity

router = APIRouter(prefix="/programs")

PROGRAM_ROOT = Path(os.environ.get("TP_RELEASE_ROOT", "/srv/tp-release/programs"))
PLATFORMS = {"v93k", "j750", "ultraflex", "t2000"}


def _program_path(platform: str, name: str) -> Path:
    return PROGRAM_ROOT / platform / "released" / name


@router.get("/{platform}/download")
def download_program(
    platform: str,
    name: str = Query(..., min_length=1, max_length=200),
    tester=Depends(tester_identity),
):
    if platform not in PLATFORMS:
        raise HTTPException(404, "unknown platform")
    path = _program_path(platform, name)
    if not path.is_file():
        raise HTTPException(404, "program not found")
    return FileResponse(path, filename=path.name, media_type="application/octet-stream")


@router.get("/{platform}")
def list_programs(platform: str, tester=Depends(tester_identity)):
    if platform not in PLATFORMS:
        raise HTTPException(404, "unknown platform")
    released = PROGRAM_ROOT / platform / "released"
    return sorted(p.name for p in released.iterdir() if p.is_file())
