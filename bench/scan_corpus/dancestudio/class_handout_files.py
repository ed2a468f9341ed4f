"""Serves class handouts (choreography notes, music lists) to enrolled dancers."""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

app = FastAPI()


class HandoutStorage:
    root = Path("/srv/dancestudio/handouts")

    @classmethod
    def class_folder(cls, class_id: int) -> Path:
        return (cls.root / str(class_id)).resolve()

    @classmethod
    def resolve(cls, class_id: int, name: str) -> Path:
        folder = cls.class_folder(class_id)
        candidate = (folder / name).resolve()
        if not candidate.is_relative_to(folder):
            raise HTTPException(status_code=400, detail="invalid handout name")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="handout not found")
        return candidate

    @classmethod
    def listing(cls, class_id: int) -> list[str]:
        folder = cls.class_folder(class_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def current_enrolments() -> set[int]:
    from portal.auth import enrolled_class_ids

    return enrolled_class_ids()


def _check_enrolled(class_id: int, enrolments: set[int]) -> None:
    if class_id not in enrolments:
        raise HTTPException(status_code=403, detail="not enrolled in this class")


@app.get("/classes/{class_id}/handouts")
def list_handouts(class_id: int, enrolments: set[int] = Depends(current_enrolments)):
    _check_enrolled(class_id, enrolments)
    return {"class_id": class_id, "files": HandoutStorage.listing(class_id)}


@app.get("/classes/{class_id}/handouts/download")
def download_handout(
    class_id: int,
    name: str = Query(..., min_length=1, max_length=120),
    enrolments: set[int] = Depends(current_enrolments),
):
    _check_enrolled(class_id, enrolments)
    path = HandoutStorage.resolve(class_id, name)
    return FileResponse(path, filename=path.name)
