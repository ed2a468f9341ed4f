"""Stream sound samples to the instrument pages of the shop website.

Samples live under SAMPLE_ROOT/<serial>/<name>. Requests name both parts,
so the resolved path is checked to stay inside the sample root.
"""
import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

SAMPLE_ROOT = Path(os.environ.get("SAMPLE_ROOT", "/srv/luthier/samples")).resolve()
MEDIA_TYPES = {
    ".wav": "audio/wav",
    ".flac": "audio/flac",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
}


def locate(serial: str, name: str) -> Path:
    candidate = (SAMPLE_ROOT / serial / name).resolve()
    if not candidate.is_relative_to(SAMPLE_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@app.get("/samples/{serial}/{name}")
async def stream_sample(serial: str, name: str):
    path = locate(serial, name)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[path.suffix.lower()],
        headers={"Cache-Control": "public, max-age=86400"},
    )


@app.get("/samples/{serial}")
async def list_samples(serial: str):
    folder = (SAMPLE_ROOT / serial).resolve()
    if not folder.is_relative_to(SAMPLE_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {
        "serial": serial,
        "samples": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES),
    }
