"""Client portal API for listing and downloading account documents.

Statements, trade confirmations and tax forms are rendered by the batch
jobs into ``DOCUMENT_ROOT/<account_id>/`` as PDFs.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel

from backoffice.portal.auth import ClientSession, current_client

log = logging.getLogger("statement_api")

DOCUMENT_ROOT = os.environ.get("DOCUMENT_ROOT", "/srv/documents")
DOC_KINDS = {"STM": "statement", "CNF": "confirmation", "TAX": "tax form"}

app = FastAPI(title="client documents")


class DocumentInfo(BaseModel):
    filename: str
    kind: str
    size: int
    modified: datetime


def _account_dir(session: ClientSession, account_id: str) -> Path:
    if account_id not in session.account_ids:
        raise HTTPException(status_code=404, detail="account not found")
    return Path(DOCUMENT_ROOT) / account_id


@app.get("/accounts/{account_id}/documents", response_model=list[DocumentInfo])
async def list_documents(account_id: str, session: ClientSession = Depends(current_client)):
    folder = _account_dir(session, account_id)
    docs = []
    for entry in sorted(folder.glob("*.pdf"), reverse=True):
        st = entry.stat()
        docs.append(DocumentInfo(
            filename=entry.name,
            kind=DOC_KINDS.get(entry.name[:3], "document"),
            size=st.st_size,
            modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
        ))
    return docs


@app.get("/accounts/{account_id}/documents/{filename:path}")
async def download_document(
    account_id: str, filename: str, session: ClientSession = Depends(current_client)
):
    folder = _account_dir(session, account_id)
    path = os.path.join(folder, filename)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="document not found")
    log.info("client %s downloaded %s/%s", session.client_id, account_id, filename)
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
