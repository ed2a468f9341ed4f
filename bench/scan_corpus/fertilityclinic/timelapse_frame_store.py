"""Storage layout for time-lapse frames of individual embryos.

Frames are stored as <root>/<embryo uuid>/<focal plane>/<frame index>.jpg.
Every path component comes from the LIMS database (the embryo's UUID) or is
an integer, so request data never becomes part of a file name directly.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from review.auth import require_embryologist
from review.db import get_db

app = FastAPI()

FOCAL_PLANES = (-45, -30, -15, 0, 15, 30, 45)


@dataclass(frozen=True)
class FrameStore:
    root: Path

    def frame_path(self, embryo_uuid: uuid.UUID, focal_plane: int, index: int) -> Path:
        return self.root / str(embryo_uuid) / f"{focal_plane:+d}" / f"{index:05d}.jpg"


store = FrameStore(Path("/srv/timelapse"))


def embryo_uuid_for(db: Session, dish_barcode: str, well: int) -> uuid.UUID:
    row = db.execute(
        text("SELECT embryo_uuid FROM embryos WHERE dish_barcode = :dish AND well = :well"),
        {"dish": dish_barcode, "well": well},
    ).first()
    if row is None:
        raise HTTPException(status_code=404, detail="embryo not found")
    return uuid.UUID(str(row.embryo_uuid))


@app.get("/dishes/{dish_barcode}/wells/{well}/frames/{index}")
def get_frame(
    dish_barcode: str,
    well: int,
    index: int,
    focal_plane: int = 0,
    db: Session = Depends(get_db),
    user=Depends(require_embryologist),
) -> FileResponse:
    if focal_plane not in FOCAL_PLANES or not 0 <= index < 100_000 or not 1 <= well <= 16:
        raise HTTPException(status_code=404, detail="frame not found")
    embryo_uuid = embryo_uuid_for(db, dish_barcode, well)
    path = store.frame_path(embryo_uuid, focal_plane, index)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="frame not found")
    return FileResponse(path, media_type="image/jpeg", headers={"Cache-Control": "private"})
