"""Management of generated manifest export files.

Nightly jobs write CSV and PDF exports of each voyage's manifest for the
harbour authority portal; office staff can list and remove old ones.
"""
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException

from wherryman.auth import require_office_staff
from wherryman.settings import settings

router = APIRouter(prefix="/exports")


class ExportStore:
    def __init__(self, root: Path = Path(settings.EXPORT_DIR)):
        self.root = root

    def list(self) -> List[dict]:
        return [
            {"name": p.name, "bytes": p.stat().st_size}
            for p in sorted(self.root.glob("*"))
            if p.is_file()
        ]

    def remove(self, name: str) -> bool:
        target = self.root / name
        if not target.is_file():
            return False
        target.unlink()
        return True


store = ExportStore()


@router.get("")
async def list_exports(user=Depends(require_office_staff)):
    return store.list()


@router.delete("/{name:path}", status_code=204)
async def delete_export(name: str, user=Depends(require_office_staff)):
    if not store.remove(name):
        raise HTTPException(404, "no such export")
