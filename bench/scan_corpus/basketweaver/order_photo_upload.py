"""Customers upload photos of the spot a bespoke basket has to fit (log store, bike, shelf).

The weaver looks at these before quoting, so they're kept per order on the
workshop file server.
"""
import os
import re
import shutil
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

PHOTO_ROOT = Path(os.environ.get("ORDER_PHOTO_ROOT", "/srv/basketweaver/order-photos"))
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 15 * 1024 * 1024
ORDER_REF = re.compile(r"^BW-\d{5}$")


def _order_folder(order_ref: str) -> Path:
    if not ORDER_REF.fullmatch(order_ref):
        raise HTTPException(status_code=404, detail="unknown order")
    folder = PHOTO_ROOT / order_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _too_big(upload: UploadFile) -> bool:
    upload.file.seek(0, os.SEEK_END)
    size = upload.file.tell()
    upload.file.seek(0)
    return size > MAX_BYTES


@app.post("/orders/{order_ref}/photos")
async def upload_photo(order_ref: str, photo: UploadFile = File(...)) -> dict:
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="photos must be JPEG, PNG or HEIC")
    if _too_big(photo):
        raise HTTPException(status_code=413, detail="photo is larger than 15 MB")
    target = _order_folder(order_ref) / photo.filename
    with open(target, "wb") as out:
        shutil.copyfileobj(photo.file, out)
    return {"order_ref": order_ref, "stored": target.name}


@app.get("/orders/{order_ref}/photos")
async def list_photos(order_ref: str) -> dict:
    folder = _order_folder(order_ref)
    return {"order_ref": order_ref, "photos": sorted(p.name for p in folder.iterdir() if p.is_file())}
