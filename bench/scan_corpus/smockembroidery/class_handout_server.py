"""Serve class handouts to students booked on a workshop.

Each workshop has a folder of handouts (stitch diagrams, transfer sheets,
materials lists).  Students booked on the class may fetch any of them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from .auth import current_student
from .bookings import is_booked


@dataclass(frozen=True)
class HandoutStorage:
    root: Path

    @classmethod
    def from_env(cls) -> "HandoutStorage":
        return cls(Path(os.environ.get("HANDOUT_ROOT", "/srv/smockstudio/handouts")))

    def class_folder(self, class_id: int) -> Path:
        return self.root / f"class-{class_id}"

    def locate(self, class_id: int, document: str) -> Path:
        return self.class_folder(class_id).joinpath(document)

    def listing(self, class_id: int) -> list[str]:
        folder = self.class_folder(class_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


storage = HandoutStorage.from_env()
app = FastAPI(title="Class handouts")


@app.get("/classes/{class_id}/handouts")
def handout_index(class_id: int, student=Depends(current_student)) -> dict:
    if not is_booked(student.id, class_id):
        raise HTTPException(status_code=403, detail="not booked on this class")
    return {"class_id": class_id, "handouts": storage.listing(class_id)}


@app.get("/classes/{class_id}/handouts/{document:path}")
def handout_file(class_id: int, document: str, student=Depends(current_student)):
    if not is_booked(student.id, class_id):
        raise HTTPException(status_code=403, detail="not booked on this class")
    path = storage.locate(class_id, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="handout not found")
    return FileResponse(path, filename=path.name)
