"""Serves signed delivery notes (proof of delivery photos and PDFs) to the sales office."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()


@dataclass(frozen=True)
class PodStore:
    root: Path = Path("/srv/pod/notes")
    media_types: tuple[tuple[str, str], ...] = (
        (".pdf", "application/pdf"),
        (".jpg", "image/jpeg"),
        (".png", "image/png"),
    )

    def resolve(self, order_no: str, filename: str) -> Path:
        base = self.root.resolve()
        candidate = (base / order_no / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        return candidate

    def media_type(self, path: Path) -> str | None:
        return dict(self.media_types).get(path.suffix.lower())


store = PodStore()


@app.get("/pod/{order_no}/{filename}")
def get_delivery_note(order_no: str, filename: str) -> FileResponse:
    try:
        path = store.resolve(order_no, filename)
    except PermissionError:
        raise HTTPException(status_code=404)
    media = store.media_type(path)
    if media is None or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=media, filename=path.name)


@app.get("/pod/{order_no}")
def list_delivery_notes(order_no: str) -> dict:
    try:
        folder = store.resolve(order_no, ".")
    except PermissionError:
        raise HTTPException(status_code=404)
    files = sorted(p.name for p in folder.glob("*") if store.media_type(p)) if folder.is_dir() else []
    return {"order_no": order_no, "files": files}
