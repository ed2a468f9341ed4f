"""Read-only access to archived certificates of analysis (CoA) per honey lot."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_qc_staff

router = APIRouter(prefix="/coa-archive", dependencies=[Depends(require_qc_staff)])


class CoaArchive:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def resolve(self, relative_name: str) -> Path:
        candidate = (self.root / relative_name).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative_name)
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise FileNotFoundError(relative_name)
        return candidate

    def seasons(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def certificates(self, season: str) -> list[str]:
        folder = (self.root / season).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))


archive = CoaArchive(os.environ.get("COA_ARCHIVE_DIR", "/srv/honeypacker/coa-archive"))


@router.get("/seasons")
def list_seasons() -> dict:
    return {"seasons": archive.seasons()}


@router.get("/seasons/{season}")
def list_certificates(season: str) -> dict:
    return {"season": season, "certificates": archive.certificates(season)}


@router.get("/files/{name:path}")
def get_certificate(name: str) -> FileResponse:
    try:
        path = archive.resolve(name)
    except PermissionError:
        raise HTTPException(403, "outside the archive")
    except FileNotFoundError:
        raise HTTPException(404, "no such certificate")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
