"""Client upload portal: receives collection files for a matter."""
import os
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status

from .auth import PortalUser, current_portal_user, require_matter_access
from .events import publish_upload_event

router = APIRouter(prefix="/portal", tags=["uploads"])

UPLOAD_ROOT = Path(os.environ.get("PORTAL_UPLOAD_ROOT", "/srv/portal/uploads"))
CHUNK_SIZE = 4 * 1024 * 1024
MAX_FILES_PER_REQUEST = 50


@router.post("/matters/{matter_id}/uploads", status_code=status.HTTP_201_CREATED)
async def upload_files(
    matter_id: int,
    files: list[UploadFile] = File(...),
    user: PortalUser = Depends(current_portal_user),
):
    require_matter_access(user, matter_id, "upload")
    if len(files) > MAX_FILES_PER_REQUEST:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "too many files")

    batch = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    dest_dir = UPLOAD_ROOT / str(matter_id) / "incoming" / batch
    dest_dir.mkdir(parents=True, exist_ok=True)

    saved = []
    for upload in files:
        dest = dest_dir / upload.filename
        size = 0
        async with aiofiles.open(dest, "wb") as out:
            while chunk := await upload.read(CHUNK_SIZE):
                size += len(chunk)
                await out.write(chunk)
        saved.append({"name": upload.filename, "bytes": size})

    await publish_upload_event(matter_id=matter_id, user_id=user.id, batch=batch, files=saved)
    return {"batch": batch, "files": saved}
