"""Upload and retrieval of supporting documents for grant claims.

After the rebuild the funder wants the paid invoices and photos before
releasing the grant. Land owners upload them through the portal into
CLAIM_DOCS_ROOT/<holding ref>/.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

from walling.portal.auth import PortalUser, portal_user

CLAIM_DOCS_ROOT = Path(os.environ.get("CLAIM_DOCS_ROOT", "/srv/walling/claim-docs")).resolve()
MAX_BYTES = 15 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}

app = FastAPI(title="Grant claim documents")


def _confined(holding_ref: str, name: str) -> Path:
    folder = (CLAIM_DOCS_ROOT / holding_ref).resolve()
    candidate = (folder / name).resolve()
    if not folder.is_relative_to(CLAIM_DOCS_ROOT) or not candidate.is_relative_to(folder):
        raise HTTPException(status_code=400, detail="invalid document name")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported document type")
    return candidate


@app.post("/claims/documents", status_code=201)
async def upload_document(file: UploadFile, user: PortalUser = Depends(portal_user)):
    target = _confined(user.holding_ref, file.filename or "")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="document too large")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"stored": target.name}


@app.get("/claims/documents/{name:path}")
def get_document(name: str, user: PortalUser = Depends(portal_user)):
    path = _confined(user.holding_ref, name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)
