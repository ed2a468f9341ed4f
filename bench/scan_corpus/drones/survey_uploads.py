"""Upload endpoint for site-survey photos of new drop zones."""
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from sqlalchemy.orm import Session

from .auth import Operator, require_operator
from .db import get_db
from .models import SurveyPhoto

router = APIRouter(prefix="/dropzones", tags=["dropzones"])

UPLOAD_DIR = Path(os.environ.get("SURVEY_UPLOAD_DIR", "/srv/dispatch/survey"))
ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png"}
MAX_BYTES = 15 * 1024 * 1024


@router.post("/{zone_id}/photos", status_code=201)
async def upload_photo(
    zone_id: int,
    file: UploadFile,
    operator: Operator = Depends(require_operator),
    db: Session = Depends(get_db),
):
    ext = ALLOWED_TYPES.get(file.content_type or "")
    if ext is None:
        raise HTTPException(status_code=415, detail="JPEG or PNG only")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    stored_name = f"{uuid.uuid4().hex}{ext}"
    dest = UPLOAD_DIR / str(zone_id) / stored_name
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)

    photo = SurveyPhoto(
        zone_id=zone_id,
        stored_name=stored_name,
        original_name=(file.filename or "")[:255],
        uploaded_by=operator.id,
    )
    db.add(photo)
    db.commit()
    return {"id": photo.id, "stored_as": stored_name}
