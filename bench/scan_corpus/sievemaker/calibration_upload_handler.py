"""Upload endpoint for calibration images from the optical measuring system.

The vision system photographs each test sieve's mesh under backlight and
uploads the images together with the aperture statistics it computed.
Images are kept next to the calibration record for later re-evaluation.
"""
import json
from pathlib import Path

import aiofiles
from fastapi import FastAPI, File, Form, HTTPException, UploadFile

app = FastAPI()

UPLOAD_ROOT = Path("/var/lib/sievecal/images")
ALLOWED_TYPES = {"image/png", "image/tiff"}


async def store_image(sieve_serial: str, upload: UploadFile) -> Path:
    target_dir = UPLOAD_ROOT / sieve_serial.upper()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / upload.filename
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1 << 20):
            await out.write(chunk)
    return target


@app.post("/calibration/{sieve_serial}/images")
async def upload_calibration_image(
    sieve_serial: str,
    image: UploadFile = File(...),
    stats: str = Form(...),
):
    if not sieve_serial.isalnum():
        raise HTTPException(status_code=400, detail="invalid sieve serial")
    if image.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="only PNG or TIFF images are accepted")
    try:
        measured = json.loads(stats)
        mean_um = float(measured["mean_aperture_um"])
        max_um = float(measured["max_aperture_um"])
    except (ValueError, KeyError, TypeError):
        raise HTTPException(status_code=422, detail="stats must include mean and max aperture")
    saved = await store_image(sieve_serial, image)
    return {
        "serial": sieve_serial.upper(),
        "stored_as": saved.name,
        "mean_aperture_um": mean_um,
        "max_aperture_um": max_um,
    }
