"""Working drawings and seat templates attached to a commission (PDF/DXF/SVG)."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import require_staff
from .config import settings

router = APIRouter(prefix="/commissions/{commission_id}/drawings", dependencies=[Depends(require_staff)])

ALLOWED_SUFFIXES = {".pdf", ".dxf", ".svg"}
MAX_BYTES = 20 * 1024 * 1024


def drawings_dir(commission_id: int) -> Path:
    return (Path(settings.drawings_root) / str(commission_id)).resolve()


def _resolve_inside(commission_id: int, name: str) -> Path:
    base = drawings_dir(commission_id)
    target = (base / name).resolve()
    if not target.is_relative_to(base) or target.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=400, detail="invalid drawing name")
    return target


@router.get("/")
def list_drawings(commission_id: int):
    base = drawings_dir(commission_id)
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)


@router.get("/{name}")
def get_drawing(commission_id: int, name: str):
    path = _resolve_inside(commission_id, name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)


@router.post("/", status_code=201)
async def upload_drawing(commission_id: int, file: UploadFile):
    path = _resolve_inside(commission_id, file.filename or "")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {"name": path.name, "bytes": len(data)}


@router.delete("/{name}", status_code=204)
def delete_drawing(commission_id: int, name: str):
    path = _resolve_inside(commission_id, name)
    path.unlink(missing_ok=True)
