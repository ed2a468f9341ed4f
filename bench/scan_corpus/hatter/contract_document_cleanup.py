"""Housekeeping endpoints for signed costume-contract PDFs once a production has closed."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from hatter.auth import require_staff
from hatter.config import settings
from hatter.contracts import log_document_event

router = APIRouter(prefix="/contracts/documents", dependencies=[Depends(require_staff)])


class PurgeRequest(BaseModel):
    production: str
    documents: list[str]


class DocumentShelf:
    def __init__(self, root: Path = Path(settings.CONTRACT_DOCS_ROOT)):
        self.root = root

    def production_dir(self, production: str) -> Path:
        return self.root / production

    def remove(self, production: str, document: str) -> bool:
        target = self.production_dir(production) / document
        if not target.exists():
            return False
        target.unlink()
        return True


shelf = DocumentShelf()


@router.post("/purge")
async def purge(req: PurgeRequest):
    removed, missing = [], []
    for document in req.documents:
        if shelf.remove(req.production, document):
            removed.append(document)
            await log_document_event(req.production, document, "purged")
        else:
            missing.append(document)
    if not removed and missing:
        raise HTTPException(404, "none of the documents were found")
    return {"removed": removed, "missing": missing}
