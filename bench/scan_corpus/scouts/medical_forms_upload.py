"""Upload endpoint for camp medical and consent forms."""

from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from camps.auth import require_guardian_of
from camps.settings import settings

router = APIRouter(prefix="/camps/{camp_id}/medical-forms")

UPLOAD_ROOT = Path(settings.medical_forms_dir)
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
MAX_BYTES = 10 * 1024 * 1024


@router.post("/{member_id}", status_code=201)
async def upload_form(
    camp_id: int,
    member_id: int,
    upload: UploadFile = File(...),
    _guardian=Depends(require_guardian_of),
):
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "Only PDF, JPEG or PNG files are accepted")

    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "File too large")

    target_dir = UPLOAD_ROOT / str(camp_id) / str(member_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    dest = target_dir / upload.filename
    dest.write_bytes(data)
    return {"stored_as": dest.name, "size": len(data)}
