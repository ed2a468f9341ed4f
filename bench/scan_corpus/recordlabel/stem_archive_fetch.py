"""Lets remixers fetch individual stems from a release's stem archive.

Remix contest entrants get access to one release; they request stems by
relative path as listed in the archive's index (e.g. "drums/kick.wav").
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from remix_auth import RemixerGrant, current_grant

app = FastAPI(title="Stem downloads")
STEM_ROOT = Path(os.environ.get("STEM_ROOT", "/srv/stems")).resolve()


def resolve_stem(release_id: int, relative: str) -> Path:
    release_dir = (STEM_ROOT / f"release-{release_id}").resolve()
    candidate = (release_dir / relative).resolve()
    if not candidate.is_relative_to(release_dir):
        raise HTTPException(status_code=400, detail="invalid stem path")
    if candidate.suffix.lower() not in {".wav", ".aif", ".aiff", ".flac"}:
        raise HTTPException(status_code=400, detail="not an audio stem")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="no such stem")
    return candidate


@app.get("/remix/{release_id}/stems")
def list_stems(release_id: int, grant: RemixerGrant = Depends(current_grant)) -> list[str]:
    if grant.release_id != release_id:
        raise HTTPException(status_code=403, detail="no access to this release")
    release_dir = STEM_ROOT / f"release-{release_id}"
    return sorted(
        str(p.relative_to(release_dir)) for p in release_dir.rglob("*") if p.is_file()
    )


@app.get("/remix/{release_id}/stem")
def get_stem(
    release_id: int,
    path: str = Query(..., max_length=200),
    grant: RemixerGrant = Depends(current_grant),
) -> FileResponse:
    if grant.release_id != release_id:
        raise HTTPException(status_code=403, detail="no access to this release")
    stem = resolve_stem(release_id, path)
    return FileResponse(stem, filename=stem.name, media_type="audio/wav")
