"""Accepts dictation audio from the radiologist desktop client.

The client's file name is kept only as metadata; on disk every recording
gets a generated name under the site's folder.
"""
from __future__ import annotations

import logging
import shutil
import uuid
from pathlib import Path, PurePath

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import Radiologist, current_radiologist
from .db import record_dictation
from .queue import enqueue_transcription
from .settings import get_settings

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".wav", ".m4a", ".ogg", ".dss"}

app = FastAPI()


def dictation_path(root: Path, site_code: str, original_name: str) -> Path:
    suffix = PurePath(original_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported audio format")
    return root / site_code / f"{uuid.uuid4().hex}{suffix}"


@app.post("/dictations/{accession}")
def upload_dictation(
    accession: str,
    audio: UploadFile = File(...),
    radiologist: Radiologist = Depends(current_radiologist),
):
    if not radiologist.may_report(accession):
        raise HTTPException(status_code=403, detail="study not assigned to you")

    target = dictation_path(get_settings().dictation_root, radiologist.site_code, audio.filename or "")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "xb") as fh:
        shutil.copyfileobj(audio.file, fh, length=1024 * 1024)

    dictation_id = record_dictation(
        accession=accession,
        radiologist_id=radiologist.id,
        stored_path=str(target),
        original_name=(audio.filename or "")[:255],
    )
    job_id = enqueue_transcription(dictation_id=dictation_id, audio_path=str(target))
    log.info("dictation %s for %s stored by radiologist %s", dictation_id, accession, radiologist.id)
    return {"dictation_id": dictation_id, "job_id": job_id}
