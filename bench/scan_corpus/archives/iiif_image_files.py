"""Serve access copies of digitised images for the online viewer.

The IIIF image server handles tiles; this endpoint serves the whole access
JPEG for the "download image" button.
"""

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/images")

ACCESS_ROOT = Path(os.environ.get("ACCESS_IMAGE_ROOT", "/srv/archive/access"))


@router.get("/download/{filename:path}")
def download_image(filename: str) -> FileResponse:
    image_path = ACCESS_ROOT / filename
    if not image_path.is_file():
        raise HTTPException(status_code=404, detail="image not found")
    return FileResponse(
        image_path,
        media_type="image/jpeg",
        filename=image_path.name,
    )
