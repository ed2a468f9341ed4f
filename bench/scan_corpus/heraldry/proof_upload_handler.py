"""Accepts reference material uploads (old seals, bookplates, family sketches)
that clients attach to a commission brief."""
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .deps import require_member

router = APIRouter(prefix="/portal/commissions")

UPLOAD_ROOT = Path("/srv/heraldry/references").resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".svg"}
MAX_BYTES = 40 * 1024 * 1024


def _destination(commission_id: int, subfolder: str, filename: str) -> Path:
    base = (UPLOAD_ROOT / str(commission_id)).resolve()
    target = (base / subfolder / filename).resolve()
    if not target.is_relative_to(base):
        raise HTTPException(status_code=400, detail="invalid file location")
    if target.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    return target


@router.post("/{commission_id}/references")
async def upload_reference(
    commission_id: int,
    folder: str = Form("misc"),
    upload: UploadFile = File(...),
    member=Depends(require_member),
):
    if commission_id not in member.commission_ids:
        raise HTTPException(status_code=404)
    target = _destination(commission_id, folder, upload.filename or "reference")
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with target.open("wb") as out:
        while chunk := await upload.read(1 << 20):
            written += len(chunk)
            if written > MAX_BYTES:
                out.close()
                target.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="file too large")
            out.write(chunk)
    return {"stored": target.relative_to(UPLOAD_ROOT).as_posix(), "bytes": written}
