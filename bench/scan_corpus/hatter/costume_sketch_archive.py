"""Archive of costume design sketches attached to theatre contracts."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from hatter.auth import require_partner
from hatter.config import settings

router = APIRouter(prefix="/sketches")


class SketchArchive:
    def __init__(self, root: str = settings.SKETCH_ARCHIVE_ROOT):
        self.root = Path(root).resolve()

    def locate(self, contract_id: int, name: str) -> Path:
        base = (self.root / str(contract_id)).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(name)
        return candidate

    def list(self, contract_id: int) -> list[str]:
        base = self.root / str(contract_id)
        if not base.is_dir():
            return []
        return sorted(p.name for p in base.iterdir() if p.suffix.lower() in {".png", ".jpg", ".pdf"})


archive = SketchArchive()


@router.get("/{contract_id}")
async def list_sketches(contract_id: int, partner: str = Depends(require_partner)):
    return {"contract": contract_id, "sketches": archive.list(contract_id)}


@router.get("/{contract_id}/{name:path}")
async def get_sketch(contract_id: int, name: str, partner: str = Depends(require_partner)):
    try:
        path = archive.locate(contract_id, name)
    except PermissionError:
        raise HTTPException(400, "invalid sketch name")
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)
