"""Receives images from the vision inspection stations and stores them for review."""
import os
import shutil

from fastapi import FastAPI, File, Form, UploadFile

app = FastAPI()
UPLOAD_ROOT = os.environ.get("INSPECTION_IMAGE_ROOT", "/srv/inspection/images")


@app.post("/inspections/images")
async def upload_image(
    station: str = Form(...),
    serial: str = Form(...),
    image: UploadFile = File(...),
):
    dest = os.path.join(UPLOAD_ROOT, station, image.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "wb") as out:
        shutil.copyfileobj(image.file, out)
    return {"stored": dest, "serial": serial}
