"""Serve rendered proof images (PNG/PDF) to the proof review page.

Proofs are rendered by the art team's tooling into
``PROOF_ROOT/<order_no>/<revision>/<name>``.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import Viewer, current_viewer
from .orders import order_visible_to

router = APIRouter(prefix="/proofs")

PROOF_ROOT = Path("/srv/pinmaker/proofs").resolve()
MEDIA_TYPES = {".png": "image/png", ".pdf": "application/pdf", ".svg": "image/svg+xml"}


def _locate(order_no: str, revision: int, name: str) -> Path:
    candidate = (PROOF_ROOT / order_no / str(revision) / name).resolve()
    if not candidate.is_relative_to(PROOF_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{order_no}/{revision}/{name}")
async def proof_file(order_no: str, revision: int, name: str,
                     viewer: Viewer = Depends(current_viewer)):
    if not await order_visible_to(order_no, viewer):
        raise HTTPException(status_code=404)
    path = _locate(order_no, revision, name)
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix.lower()],
                        headers={"Cache-Control": "private, max-age=300"})


@router.get("/{order_no}/{revision}")
async def proof_revision(order_no: str, revision: int,
                         viewer: Viewer = Depends(current_viewer)):
    if not await order_visible_to(order_no, viewer):
        raise HTTPException(status_code=404)
    folder = (PROOF_ROOT / order_no / str(revision)).resolve()
    if not folder.is_relative_to(PROOF_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {
        "order_no": order_no,
        "revision": revision,
        "files": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES),
    }
