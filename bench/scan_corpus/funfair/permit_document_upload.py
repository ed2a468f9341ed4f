"""Upload endpoint for council permit paperwork (licences, site plans, insurance)."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from sqlalchemy.orm import Session

from .auth import require_office_user
from .db import get_session
from .models import PermitApplication, PermitDocument

log = logging.getLogger(__name__)
app = FastAPI(title="permit-documents")

UPLOAD_ROOT = os.environ.get("PERMIT_UPLOAD_ROOT", "/srv/funfair/permits")
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
MAX_UPLOAD_BYTES = 15 * 1024 * 1024


@app.post("/permits/{application_id}/documents", status_code=201)
async def upload_permit_document(
    application_id: int,
    upload: UploadFile = File(...),
    db: Session = Depends(get_session),
    user: str = Depends(require_office_user),
):
    application = db.get(PermitApplication, application_id)
    if application is None:
        raise HTTPException(status_code=404, detail="unknown permit application")
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="PDF, JPEG or PNG only")

    content = await upload.read()
    if len(content) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")

    folder = os.path.join(UPLOAD_ROOT, str(application.id))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    destination = os.path.join(folder, upload.filename)
    with open(destination, "wb") as fh:
        fh.write(content)

    document = PermitDocument(
        application_id=application.id,
        filename=upload.filename,
        content_type=upload.content_type,
        size_bytes=len(content),
        uploaded_by=user,
        uploaded_at=datetime.now(timezone.utc),
    )
    db.add(document)
    db.commit()
    log.info("permit %s: %s uploaded %s", application.id, user, upload.filename)
    return {"document_id": document.id, "filename": upload.filename}
