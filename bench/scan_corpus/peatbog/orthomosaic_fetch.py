"""Lets ecologists pull individual orthomosaic files for GIS work.

Requests name a flight and a relative path inside that flight's product
folder (e.g. ``rgb/ortho_5cm.tif``), as listed by the manifest endpoint.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import User, require_staff
from .settings import get_settings

router = APIRouter(prefix="/orthomosaics")


class ProductStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def flight_dir(self, flight_ref: str) -> Path:
        if not flight_ref.replace("-", "").isalnum():
            raise HTTPException(status_code=404)
        return self.root / flight_ref

    def resolve(self, flight_ref: str, relative: str) -> Path:
        base = self.flight_dir(flight_ref).resolve()
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            raise HTTPException(status_code=404)
        if not candidate.is_file():
            raise HTTPException(status_code=404)
        return candidate

    def manifest(self, flight_ref: str) -> list:
        base = self.flight_dir(flight_ref)
        return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.tif"))


def get_store() -> ProductStore:
    return ProductStore(Path(get_settings().product_root))


@router.get("/{flight_ref}")
def manifest(flight_ref: str, user: User = Depends(require_staff),
             store: ProductStore = Depends(get_store)):
    return {"flight": flight_ref, "files": store.manifest(flight_ref)}


@router.get("/{flight_ref}/files/{relative:path}")
def fetch(flight_ref: str, relative: str, user: User = Depends(require_staff),
          store: ProductStore = Depends(get_store)):
    path = store.resolve(flight_ref, relative)
    return FileResponse(path, media_type="image/tiff", filename=path.name)
