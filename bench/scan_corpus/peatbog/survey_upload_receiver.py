"""Receives raw image batches uploaded by contracted drone pilots.

Pilots upload zipped-up JPEG/RAW batches and flight logs after each survey
flight; a background worker picks them up from the incoming folder.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import Pilot, current_pilot
from .queue import enqueue_ingest

app = FastAPI(title="survey-uploads")

MAX_UPLOAD_BYTES = 4 * 1024**3
ACCEPTED_TYPES = {"application/zip", "application/octet-stream", "text/csv"}


class UploadInbox:
    def __init__(self, base_dir: str) -> None:
        self.base_dir = base_dir

    def pilot_dir(self, pilot: Pilot) -> str:
        path = os.path.join(self.base_dir, f"pilot-{pilot.id}")
        os.makedirs(path, exist_ok=True)
        return path

    def target_for(self, pilot: Pilot, filename: str) -> str:
        return os.path.join(self.pilot_dir(pilot), filename)

    def store(self, pilot: Pilot, upload: UploadFile) -> str:
        target = self.target_for(pilot, upload.filename)
        with open(target, "wb") as out:
            shutil.copyfileobj(upload.file, out, length=1024 * 1024)
        if os.path.getsize(target) > MAX_UPLOAD_BYTES:
            os.remove(target)
            raise HTTPException(status_code=413, detail="upload too large")
        return target


inbox = UploadInbox(os.environ.get("SURVEY_INBOX", "/srv/survey/incoming"))


@app.post("/flights/{flight_ref}/uploads", status_code=201)
async def upload_batch(
    flight_ref: str,
    upload: UploadFile = File(...),
    pilot: Pilot = Depends(current_pilot),
):
    if upload.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    if flight_ref not in pilot.assigned_flights:
        raise HTTPException(status_code=403, detail="flight not assigned to you")
    stored = inbox.store(pilot, upload)
    enqueue_ingest(flight_ref=flight_ref, path=stored, pilot_id=pilot.id)
    return {
        "flight": flight_ref,
        "stored_as": os.path.basename(stored),
        "received_at": datetime.now(timezone.utc).isoformat(),
    }
