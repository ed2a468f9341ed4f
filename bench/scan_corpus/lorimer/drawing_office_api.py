"""Drawing office API: manage technical drawings for spur and stirrup designs."""
import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import require_designer

DRAWINGS_ROOT = Path(os.environ.get("DRAWINGS_ROOT", "/srv/lorimer/drawings"))
ALLOWED = {".pdf", ".dxf", ".step"}

app = FastAPI(title="Drawing office")


def drawing_path(product_line: str, filename: str) -> Path:
    return DRAWINGS_ROOT / product_line / filename


@app.get("/drawings/{product_line}")
def list_drawings(product_line: str, user=Depends(require_designer)):
    if product_line not in {"spurs", "stirrups", "bits"}:
        raise HTTPException(404)
    folder = DRAWINGS_ROOT / product_line
    return [
        {"name": p.name, "modified": datetime.fromtimestamp(p.stat().st_mtime, timezone.utc)}
        for p in sorted(folder.glob("*"))
        if p.suffix.lower() in ALLOWED
    ]


@app.post("/drawings/{product_line}", status_code=201)
async def upload_drawing(product_line: str, file: UploadFile, user=Depends(require_designer)):
    if product_line not in {"spurs", "stirrups", "bits"}:
        raise HTTPException(404)
    name = os.path.basename(file.filename or "")
    if Path(name).suffix.lower() not in ALLOWED:
        raise HTTPException(415, "drawings must be PDF, DXF or STEP")
    (DRAWINGS_ROOT / product_line / name).write_bytes(await file.read())
    return {"name": name}


@app.get("/drawings/{product_line}/{filename}")
def fetch_drawing(product_line: str, filename: str, user=Depends(require_designer)):
    if product_line not in {"spurs", "stirrups", "bits"}:
        raise HTTPException(404)
    path = drawing_path(product_line, os.path.basename(filename))
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)


@app.delete("/drawings/{product_line}/{filename:path}", status_code=204)
def delete_drawing(product_line: str, filename: str, user=Depends(require_designer)):
    path = drawing_path(product_line, filename)
    if not path.exists():
        raise HTTPException(404)
    path.unlink()
