"""Read access to archived time-lapse frames for embryo review.

After a cycle closes, the incubator's frames are copied to the archive under
<root>/<camera>/<frame file>. Embryologists reviewing a case fetch single
frames by name from the review viewer.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import Response

from review.auth import require_embryologist

app = FastAPI()

CAMERAS = {"cam1", "cam2", "cam3", "cam4"}
MEDIA_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".tif": "image/tiff"}


@dataclass
class FrameArchive:
    root: Path

    def _frame_path(self, camera: str, frame: str) -> Path:
        return self.root / camera / frame

    def read_frame(self, camera: str, frame: str) -> tuple[bytes, str]:
        if camera not in CAMERAS:
            raise KeyError(camera)
        path = self._frame_path(camera, frame)
        media_type = MEDIA_TYPES.get(path.suffix.lower())
        if media_type is None or not path.is_file():
            raise FileNotFoundError(frame)
        return path.read_bytes(), media_type

    def list_frames(self, camera: str) -> list[str]:
        if camera not in CAMERAS:
            raise KeyError(camera)
        folder = self.root / camera
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)


archive = FrameArchive(root=Path("/srv/timelapse-archive"))


@app.get("/frames/{camera}")
def frames(camera: str, user=Depends(require_embryologist)) -> dict:
    try:
        return {"camera": camera, "frames": archive.list_frames(camera)}
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown camera")


@app.get("/frames/{camera}/image")
def frame_image(
    camera: str,
    name: str = Query(..., min_length=1, max_length=200),
    user=Depends(require_embryologist),
) -> Response:
    try:
        data, media_type = archive.read_frame(camera, name)
    except (KeyError, FileNotFoundError):
        raise HTTPException(status_code=404, detail="frame not found")
    return Response(content=data, media_type=media_type, headers={"Cache-Control": "private"})
