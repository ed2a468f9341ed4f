"""Artists upload high resolution images of consigned work for the gallery."""
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import current_artist

app = FastAPI()

UPLOAD_ROOT = Path("/srv/framer/artist_uploads")
MAX_BYTES = 40 * 1024 * 1024
ACCEPTED_TYPES = {"image/jpeg", "image/png", "image/tiff"}


def artist_folder(artist_id: int) -> Path:
    folder = UPLOAD_ROOT / str(artist_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _size(upload: UploadFile) -> int:
    upload.file.seek(0, 2)
    size = upload.file.tell()
    upload.file.seek(0)
    return size


@app.post("/portal/artworks/images")
async def upload_image(image: UploadFile = File(...), artist=Depends(current_artist)):
    if image.content_type not in ACCEPTED_TYPES:
        raise HTTPException(415, "Please upload a JPEG, PNG or TIFF image")
    if _size(image) > MAX_BYTES:
        raise HTTPException(413, "Image is larger than 40 MB")

    destination = artist_folder(artist.id) / image.filename
    with destination.open("wb") as out:
        shutil.copyfileobj(image.file, out)

    return {"stored": destination.name, "bytes": destination.stat().st_size}


@app.get("/portal/artworks/images")
async def list_images(artist=Depends(current_artist)):
    folder = artist_folder(artist.id)
    return sorted(p.name for p in folder.iterdir() if p.is_file())
