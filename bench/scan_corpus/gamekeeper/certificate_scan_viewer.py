"""Viewer for scanned firearm and shotgun certificates.

Before a member's first shoot day the office checks their certificate scan;
the scans are stored per member under the certificate archive and displayed
in the office console.
"""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from gamekeeper.auth import require_office_staff
from gamekeeper.config import settings

app = FastAPI()

MEDIA_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


class ScanArchive:
    def __init__(self, root: str):
        self.root = Path(root)

    def member_folder(self, member_id: int) -> Path:
        return self.root / f"member_{member_id:06d}"

    def locate(self, member_id: int, document: str) -> Path:
        return self.member_folder(member_id) / document


archive = ScanArchive(settings.CERTIFICATE_SCAN_ROOT)


@app.get("/office/members/{member_id}/scans/{document:path}")
def view_scan(member_id: int, document: str, staff=Depends(require_office_staff)):
    target = archive.locate(member_id, document)
    media_type = MEDIA_TYPES.get(target.suffix.lower())
    if media_type is None:
        raise HTTPException(status_code=415, detail="unsupported scan type")
    if not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target, media_type=media_type, filename=target.name)


@app.get("/office/members/{member_id}/scans")
def list_scans(member_id: int, staff=Depends(require_office_staff)):
    folder = archive.member_folder(member_id)
    if not folder.is_dir():
        return {"scans": []}
    return {
        "scans": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES
        )
    }
