"""Archive management for scanned batch make sheets."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from cheesewright.auth import require_role
from cheesewright.settings import Settings, get_settings

router = APIRouter(prefix="/make-sheets", dependencies=[Depends(require_role("dairy_manager"))])


class SheetArchive:
    def __init__(self, settings: Settings):
        self.root = Path(settings.make_sheet_root)

    def batch_folder(self, batch_code: str) -> Path:
        return self.root / batch_code.upper()

    def sheet_path(self, batch_code: str, sheet_name: str) -> Path:
        return self.batch_folder(batch_code) / f"{sheet_name}.pdf"

    def list_sheets(self, batch_code: str) -> list[str]:
        folder = self.batch_folder(batch_code)
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.pdf"))

    def remove(self, batch_code: str, sheet_name: str) -> None:
        target = self.sheet_path(batch_code, sheet_name)
        if not target.exists():
            raise FileNotFoundError(sheet_name)
        target.unlink()


def get_archive(settings: Settings = Depends(get_settings)) -> SheetArchive:
    return SheetArchive(settings)


@router.get("/{batch_code}")
async def list_batch_sheets(batch_code: str, archive: SheetArchive = Depends(get_archive)):
    return {"batch": batch_code, "sheets": archive.list_sheets(batch_code)}


@router.delete("/{batch_code}", status_code=204)
async def delete_sheet(batch_code: str, sheet: str, archive: SheetArchive = Depends(get_archive)):
    try:
        archive.remove(batch_code, sheet)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such make sheet")
