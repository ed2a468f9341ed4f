"""Serves archived STDF files to the yield analysis workstations.

``GET /stdf/{product}/{name}`` returns one archived datalog. Products map to
sub-directories of the archive root.
"""
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from stdfarchive.auth import engineer

app = FastAPI(title="stdf-archive")

ARCHIVE_ROOT = Path(os.environ.get("STDF_ARCHIVE_ROOT", "/archive/stdf")).resolve()


def resolve_archive_file(product: str, name: str) -> Path:
    product_dir = (ARCHIVE_ROOT / product).resolve()
    candidate = (product_dir / name).resolve()
    # both parts come from the URL; keep the result under the archive root
    if not product_dir.is_relative_to(ARCHIVE_ROOT) or not candidate.is_relative_to(product_dir):
        raise HTTPException(404, "not found")
    if candidate.suffix.lower() not in {".stdf", ".std", ".gz"} or not candidate.is_file():
        raise HTTPException(404, "not found")
    return candidate


@app.get("/stdf/{product}/{name}")
def get_stdf(product: str, name: str, user=Depends(engineer)):
    path = resolve_archive_file(product, name)
    return FileResponse(path, filename=path.name, media_type="application/octet-stream")
