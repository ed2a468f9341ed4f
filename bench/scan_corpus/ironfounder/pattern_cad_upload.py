"""Upload of customer CAD models for new pattern quotations.

Customers requesting a quote for a new pattern attach a 3D model. Files
are saved under the enquiry's folder for the estimator to open in the
pattern shop CAD station.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from portal.auth import current_customer
from portal.config import settings
from portal.enquiries import get_enquiry

router = APIRouter(prefix="/enquiries")

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024


def enquiry_dir(enquiry_no: str) -> Path:
    folder = Path(settings.ENQUIRY_UPLOAD_ROOT) / enquiry_no
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{enquiry_no}/models")
async def upload_model(
    enquiry_no: str,
    model: UploadFile = File(...),
    customer=Depends(current_customer),
):
    enquiry = await get_enquiry(enquiry_no)
    if enquiry is None or enquiry.customer_id != customer.id:
        raise HTTPException(status_code=404)
    destination = enquiry_dir(enquiry.number) / model.filename
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await model.read(CHUNK):
            written += len(chunk)
            if written > MAX_UPLOAD_BYTES:
                raise HTTPException(status_code=413, detail="model too large")
            await out.write(chunk)
    return {"enquiry": enquiry.number, "file": model.filename, "bytes": written}
