"""Store defect images captured by the cold-end inspection cameras.

Each inspection PC uploads images of rejected containers (stones, seeds,
checks, blisters) with the camera station and defect class, so that the QA
lab can review them and retrain the defect classifier.
"""
from __future__ import annotations

import hashlib
import logging
import os
from datetime import date

from fastapi import FastAPI, File, Form, HTTPException, UploadFile

log = logging.getLogger("glassworks.qa.images")
app = FastAPI()

IMAGE_ROOT = os.environ.get("DEFECT_IMAGE_ROOT", "/srv/glassworks/defect-images")
DEFECT_CLASSES = {"stone", "seed", "check", "blister", "cord", "dirty_finish"}
MAX_IMAGE_BYTES = 8 * 1024 * 1024


def _day_folder(station: str, defect: str) -> str:
    folder = os.path.join(IMAGE_ROOT, date.today().isoformat(), station, defect)
    os.makedirs(folder, exist_ok=True)
    return folder


@app.post("/stations/{station}/defects")
async def upload_defect_image(
    station: str,
    defect: str = Form(...),
    image: UploadFile = File(...),
) -> dict:
    if defect not in DEFECT_CLASSES:
        raise HTTPException(status_code=422, detail="unknown defect class")
    if not station.isalnum():
        raise HTTPException(status_code=422, detail="invalid station id")
    data = await image.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise HTTPException(status_code=413, detail="image too large")
    target = os.path.join(_day_folder(station, defect), image.filename or "capture.png")
    with open(target, "wb") as fh:
        fh.write(data)
    digest = hashlib.sha256(data).hexdigest()
    log.info("stored %s defect image from %s at %s", defect, station, target)
    return {"path": target, "sha256": digest, "bytes": len(data)}
