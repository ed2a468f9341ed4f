"""Grain and defect photographs taken of hide batches at the sorting table.

Sorters photograph grain damage, brand marks and tick damage on hides as each
batch comes out of the lime, so that rejects can be disputed with the abattoir.
This service lists and removes those photographs.
"""
import os
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
PHOTO_ROOT = Path(os.environ.get("BATCH_PHOTO_ROOT", "/srv/tanyard/batch-photos"))


def batch_folder(batch_no: int) -> Path:
    return PHOTO_ROOT / f"batch-{batch_no}"


@app.get("/batches/{batch_no}/photos")
def list_photos(batch_no: int):
    folder = batch_folder(batch_no)
    if not folder.is_dir():
        return {"batch": batch_no, "photos": []}
    return {"batch": batch_no, "photos": sorted(p.name for p in folder.glob("*.jpg"))}


@app.delete("/batches/{batch_no}/photos/{photo_name:path}")
def delete_photo(batch_no: int, photo_name: str):
    target = batch_folder(batch_no) / photo_name
    if not target.exists():
        raise HTTPException(status_code=404, detail="No such photograph")
    target.unlink()
    return {"batch": batch_no, "deleted": photo_name}
