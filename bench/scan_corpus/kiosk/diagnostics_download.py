"""Diagnostic bundle downloads for the kiosk support API.

The agent writes diagnostic bundles (screenshots, peripheral dumps) into the
diagnostics folder; technicians download them by name.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_roles

DIAG_DIR = Path(os.environ.get("KIOSK_DIAG_DIR", "/var/lib/kiosk/diagnostics")).resolve()

router = APIRouter(prefix="/support/diagnostics", tags=["support"])


def _resolve_in_diag_dir(name: str) -> Path:
    candidate = (DIAG_DIR / name).resolve()
    if not candidate.is_relative_to(DIAG_DIR) or candidate == DIAG_DIR:
        raise HTTPException(status_code=400, detail="invalid bundle name")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="no such bundle")
    return candidate


@router.get("/")
def list_bundles(_tech=Depends(require_roles({"diagnostics:read"}))) -> list[str]:
    return sorted(p.name for p in DIAG_DIR.glob("*.zip"))


@router.get("/{name:path}")
def download_bundle(name: str, _tech=Depends(require_roles({"diagnostics:read"}))):
    path = _resolve_in_diag_dir(name)
    return FileResponse(path, media_type="application/zip", filename=path.name)
