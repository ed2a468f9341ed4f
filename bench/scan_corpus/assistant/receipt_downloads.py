"""Download endpoint for expense receipts (EXP-66).

Receipts are stored as ``<RECEIPTS_DIR>/<user_id>/<file name>``; the mobile
app lists them and then requests ``/receipts/file?name=...``.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from expenses.auth import User, get_current_user
from expenses.config import settings

router = APIRouter(prefix="/receipts", tags=["receipts"])


def resolve_receipt(user_id: int, name: str) -> Path:
    """Map ``name`` to a file inside the user's receipt folder.

    Raises ``HTTPException(404)`` when the name points anywhere else.
    """
    user_dir = (Path(settings.RECEIPTS_DIR) / str(user_id)).resolve()
    candidate = (user_dir / name).resolve()
    if not candidate.is_relative_to(user_dir) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="Receipt not found")
    return candidate


@router.get("/file")
def download_receipt(
    name: str = Query(..., max_length=255),
    user: User = Depends(get_current_user),
) -> FileResponse:
    """Stream one of the caller's receipts."""
    path = resolve_receipt(user.id, name)
    return FileResponse(path, filename=path.name)
