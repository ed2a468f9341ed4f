"""Upload of licence and medical certificate scans by crew members.

Boatmasters' licences, STCW certificates and medical fitness certificates
expire on different dates. Crew upload a scan of each renewal through the
crew portal, and the compliance officer checks it before the expiry date
on the roster is moved on.
"""
import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from crew_portal.auth import current_crew_member

router = APIRouter(prefix="/crew/documents")

UPLOAD_ROOT = Path(os.environ.get("CREW_DOCUMENT_ROOT", "/srv/ferryman/crew-documents"))
DOCUMENT_KINDS = {"boatmaster", "stcw", "medical", "first_aid"}
MAX_BYTES = 8 * 1024 * 1024


def crew_folder(crew_id: int, kind: str) -> Path:
    folder = UPLOAD_ROOT / str(crew_id) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def _read_limited(upload: UploadFile) -> bytes:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="scan larger than 8 MB")
    return data


@router.post("")
async def upload_document(
    kind: str = Form(...),
    scan: UploadFile = File(...),
    crew=Depends(current_crew_member),
):
    if kind not in DOCUMENT_KINDS:
        raise HTTPException(status_code=400, detail="unknown document kind")
    data = await _read_limited(scan)
    target = crew_folder(crew.id, kind) / scan.filename
    target.write_bytes(data)
    return {
        "crew_id": crew.id,
        "kind": kind,
        "stored_as": target.name,
        "uploaded_at": datetime.now(timezone.utc).isoformat(),
        "status": "awaiting review",
    }
