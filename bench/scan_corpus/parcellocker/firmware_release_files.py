"""Serve release notes and firmware blobs to the technician portal."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_technician

router = APIRouter(prefix="/releases")


class ReleaseStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="not found")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="not found")
        return candidate


store = ReleaseStore(Path("/srv/lockerfw/releases"))

MEDIA_TYPES = {
    ".bin": "application/octet-stream",
    ".md": "text/markdown",
    ".sig": "application/pgp-signature",
}


@router.get("/{release_path:path}")
def fetch_release_file(release_path: str, tech=Depends(require_technician)):
    target = store.resolve(release_path)
    media = MEDIA_TYPES.get(target.suffix, "application/octet-stream")
    return FileResponse(target, media_type=media, filename=target.name)
