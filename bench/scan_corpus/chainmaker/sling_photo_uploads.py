"""Upload of sling condition photos taken during thorough examinations."""
import re
from datetime import date
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Form, HTTPException, UploadFile

from chainmaker.settings import settings

router = APIRouter(prefix="/v1/photos")

PHOTO_ROOT = Path(settings.photo_root)
ACCEPTED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 15 * 1024 * 1024
CUSTOMER_REF = re.compile(r"^C[0-9]{5}$")


def photo_folder(customer_ref: str, exam_date: date) -> Path:
    folder = PHOTO_ROOT / customer_ref / exam_date.strftime("%Y/%m")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{customer_ref}")
async def upload_photo(
    customer_ref: str,
    photo: UploadFile,
    sling_serial: str = Form(...),
    exam_date: date = Form(...),
):
    if not CUSTOMER_REF.match(customer_ref):
        raise HTTPException(status_code=404, detail="unknown customer")
    if photo.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")
    target = photo_folder(customer_ref, exam_date) / photo.filename
    async with aiofiles.open(target, "wb") as fh:
        await fh.write(data)
    return {
        "customer": customer_ref,
        "sling": sling_serial,
        "stored_as": str(target.relative_to(PHOTO_ROOT)),
        "bytes": len(data),
    }
