"""Personal-trainer marketplace: certificate uploads and downloads.

Trainers upload their REPs / NASM certificates so that club managers
can approve them before the trainer's profile goes live.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import current_staff, current_trainer
from .config import settings

router = APIRouter(prefix="/marketplace")

ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg"}


def _trainer_dir(trainer_id: int) -> Path:
    return Path(settings.media_root) / "certificates" / str(trainer_id)


@router.post("/me/certificates")
async def upload_certificate(file: UploadFile, trainer=Depends(current_trainer)):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    target_dir = _trainer_dir(trainer.id)
    target_dir.mkdir(parents=True, exist_ok=True)
    stored_name = f"{trainer.next_certificate_seq()}{suffix}"
    (target_dir / stored_name).write_bytes(await file.read())
    return {"name": stored_name}


@router.get("/trainers/{trainer_id}/certificates/{name:path}")
async def download_certificate(trainer_id: int, name: str, staff=Depends(current_staff)):
    path = _trainer_dir(trainer_id).joinpath(name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)
