"""Field technician tools: upload charger log archives captured on site."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from fieldtools.auth import Technician, current_technician

UPLOAD_ROOT = Path(os.environ.get("VG_FIELD_UPLOADS", "/srv/fieldtools/uploads"))
MAX_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024

app = FastAPI(title="VoltGrid Field Tools")


def _target_dir(charger_id: str) -> Path:
    day = datetime.now(timezone.utc).strftime("%Y%m%d")
    return UPLOAD_ROOT / day / charger_id


async def _stream_to_disk(upload: UploadFile, destination: Path) -> int:
    written = 0
    with destination.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                out.close()
                destination.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="archive too large")
            out.write(chunk)
    return written


@app.post("/chargers/{charger_id}/logs")
async def upload_logs(
    charger_id: str,
    archive: UploadFile = File(...),
    tech: Technician = Depends(current_technician),
) -> dict:
    folder = _target_dir(charger_id)
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / archive.filename
    size = await _stream_to_disk(archive, destination)
    return {
        "charger_id": charger_id,
        "stored_as": destination.name,
        "bytes": size,
        "uploaded_by": tech.employee_no,
    }
