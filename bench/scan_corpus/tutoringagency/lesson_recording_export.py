"""Lets parents download recordings of their child's online lessons."""
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .deps import current_parent
from .lessons import get_lesson, lessons_for_parent

app = FastAPI()

RECORDINGS_DIR = Path(os.environ.get("RECORDINGS_DIR", "/srv/agency/recordings"))


def _lesson_folder(lesson_id: int) -> Path:
    return RECORDINGS_DIR / f"lesson-{lesson_id:08d}"


@app.get("/recordings")
def list_recordings(parent=Depends(current_parent)):
    out = []
    for lesson in lessons_for_parent(parent.id):
        folder = _lesson_folder(lesson.id)
        if folder.is_dir():
            out.append(
                {
                    "lesson_id": lesson.id,
                    "subject": lesson.subject,
                    "date": lesson.starts_at.date().isoformat(),
                    "files": sorted(p.name for p in folder.glob("*.mp4")),
                }
            )
    return out


@app.get("/recordings/{lesson_id}/download")
def download_recording(
    lesson_id: int,
    file: str = Query(..., min_length=1),
    parent=Depends(current_parent),
):
    lesson = get_lesson(lesson_id)
    if lesson is None or lesson.parent_id != parent.id:
        raise HTTPException(status_code=404, detail="lesson not found")

    path = _lesson_folder(lesson.id) / file
    if not path.is_file():
        raise HTTPException(status_code=404, detail="recording not found")
    return FileResponse(
        path,
        media_type="video/mp4",
        filename=path.name,
        headers={"Cache-Control": "private, max-age=0"},
    )
