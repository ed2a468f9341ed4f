"""Serve workshop materials (stitch diagrams, transfer sheets) to students.

Names come from the URL, so every lookup is resolved and checked to stay
inside the class's own materials folder before the file is returned.
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
class MaterialsStore:
    root: Path

    @classmethod
    def from_env(cls) -> "MaterialsStore":
        return cls(Path(os.environ.get("MATERIALS_ROOT", "/srv/smockstudio/materials")).resolve())

    def folder(self, class_id: int) -> Path:
        return self.root / f"class-{class_id}"

    def resolve(self, class_id: int, name: str) -> Path | None:
        base = self.folder(class_id).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base):
            return None
        return candidate if candidate.is_file() else None


store = MaterialsStore.from_env()
app = FastAPI(title="Workshop materials")


def _require_booking(class_id: int, student) -> None:
    if not is_booked(student.id, class_id):
        raise HTTPException(status_code=403, detail="not booked on this class")


@app.get("/classes/{class_id}/materials")
def materials_index(class_id: int, student=Depends(current_student)) -> dict:
    _require_booking(class_id, student)
    folder = store.folder(class_id)
    names = sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    return {"class_id": class_id, "materials": names}


@app.get("/classes/{class_id}/materials/{name:path}")
def material_file(class_id: int, name: str, student=Depends(current_student)):
    _require_booking(class_id, student)
    path = store.resolve(class_id, name)
    if path is None:
        raise HTTPException(status_code=404, detail="material not found")
    return FileResponse(path, filename=path.name)
