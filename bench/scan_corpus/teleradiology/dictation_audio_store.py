"""Receives dictation audio uploaded from the radiologist desktop client.

Audio is stored per reading site and then queued for transcription.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import Radiologist, current_radiologist
from .queue import enqueue_transcription

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".wav", ".m4a", ".ogg", ".dss"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class AudioStore:
    root: Path

    def _target_path(self, site_code: str, filename: str) -> Path:
        return self.root / site_code / filename

    def save(self, site_code: str, filename: str, chunks) -> Path:
        target = self._target_path(site_code, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with open(target, "wb") as fh:
            for chunk in chunks:
                written += len(chunk)
                if written > MAX_BYTES:
                    fh.close()
                    target.unlink(missing_ok=True)
                    raise HTTPException(status_code=413, detail="dictation too large")
                fh.write(chunk)
        return target


app = FastAPI()
store = AudioStore(root=Path("/srv/teleradiology/dictations"))


def _iter_upload(upload: UploadFile, size: int = 1024 * 1024):
    while True:
        chunk = upload.file.read(size)
        if not chunk:
            break
        yield chunk


@app.post("/dictations/{accession}")
def upload_dictation(
    accession: str,
    audio: UploadFile = File(...),
    radiologist: Radiologist = Depends(current_radiologist),
):
    filename = audio.filename or ""
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported audio format")
    if not radiologist.may_report(accession):
        raise HTTPException(status_code=403, detail="study not assigned to you")

    path = store.save(radiologist.site_code, filename, _iter_upload(audio))
    job_id = enqueue_transcription(accession=accession, audio_path=str(path), radiologist_id=radiologist.id)
    log.info("dictation for %s stored by radiologist %s, job %s", accession, radiologist.id, job_id)
    return {"accession": accession, "job_id": job_id}
