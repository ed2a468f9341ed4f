"""Manual KDM upload endpoint used by projectionists when email delivery fails."""
import os
import re
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from tms.auth import require_projectionist
from tms.kdm import validate_kdm_xml
from tms.sites import screen_names

router = APIRouter(prefix="/kdm")

KDM_INBOX = Path(os.environ.get("TMS_KDM_INBOX", "/srv/tms/kdm/inbox")).resolve()
MAX_KDM_BYTES = 256 * 1024
FILENAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.xml$")


@router.post("/upload", dependencies=[Depends(require_projectionist)])
async def upload_kdm(
    screen: str = Form(...),
    filename: str = Form(...),
    kdm: UploadFile = File(...),
):
    if screen not in screen_names():
        raise HTTPException(status_code=404, detail="unknown screen")
    if not FILENAME_RE.fullmatch(filename):
        raise HTTPException(status_code=400, detail="invalid file name")

    data = await kdm.read(MAX_KDM_BYTES + 1)
    if len(data) > MAX_KDM_BYTES:
        raise HTTPException(status_code=413, detail="KDM too large")
    if not validate_kdm_xml(data):
        raise HTTPException(status_code=422, detail="not a valid KDM")

    target = (KDM_INBOX / screen / filename).resolve()
    if not target.is_relative_to(KDM_INBOX):
        raise HTTPException(status_code=400, detail="invalid path")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"stored": target.name, "screen": screen, "bytes": len(data)}
