"""Downloads of spec sheets for standard nets.

Spec sheets (PDF) for catalogue nets live in one folder per net family.
Links on the catalogue page point at ``/spec-sheets/<family>/<name>``.
"""
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from netmaker.settings import settings

router = APIRouter(prefix="/spec-sheets")


class SpecSheetLibrary:
    def __init__(self, root: str = settings.SPEC_SHEETS_DIR):
        self.root = Path(root).resolve()

    def locate(self, family: str, name: str) -> Path:
        candidate = (self.root / family / name).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(f"{family}/{name} is outside the spec sheet library")
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise FileNotFoundError(f"{family}/{name}")
        return candidate

    def families(self) -> list:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())


library = SpecSheetLibrary()


@router.get("/")
async def families():
    return {"families": library.families()}


@router.get("/{family}/{name}")
async def spec_sheet(family: str, name: str):
    try:
        path = library.locate(family, name)
    except PermissionError:
        raise HTTPException(status_code=404, detail="not found")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
