"""Storage of courier shipping labels for the packing station.

Labels come back from the courier API as PDF bytes and are written to a
local folder; the packing station's browser page lists, prints and
clears them once the parcels are on the van.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel

from packing.settings import settings


class LabelInfo(BaseModel):
    name: str
    size: int


class LabelStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def save(self, order_no: int, pdf: bytes) -> Path:
        target = self.root / f"label-{order_no}.pdf"
        target.write_bytes(pdf)
        return target

    def path_for(self, name: str) -> Path:
        return self.root / name

    def listing(self) -> list[LabelInfo]:
        return [
            LabelInfo(name=p.name, size=p.stat().st_size)
            for p in sorted(self.root.glob("label-*.pdf"))
        ]


store = LabelStore(Path(settings.label_dir))
app = FastAPI(title="packing-station")


@app.get("/labels", response_model=list[LabelInfo])
def list_labels():
    return store.listing()


@app.get("/labels/{name:path}")
def get_label(name: str):
    path = store.path_for(name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf")


@app.delete("/labels/{name:path}", status_code=204)
def clear_label(name: str):
    path = store.path_for(name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    path.unlink()
