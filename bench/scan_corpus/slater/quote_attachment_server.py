"""Download endpoint for files attached to a customer quote.

Attachments include the survey report, roof plan drawings, slate spec sheets
from the quarry and the conservation officer's letter for listed buildings.
The customer portal links to them by relative path within the quote folder.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import QuoteAccess, quote_access
from .settings import settings

router = APIRouter(prefix="/quotes")

ATTACHMENT_ROOT = Path(settings.quote_attachment_root).resolve()
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".dwg"}


class AttachmentStore:
    def __init__(self, root: Path = ATTACHMENT_ROOT) -> None:
        self.root = root

    def folder_for(self, quote_ref: str) -> Path:
        return (self.root / quote_ref).resolve()

    def locate(self, quote_ref: str, relative: str) -> Path:
        folder = self.folder_for(quote_ref)
        candidate = (folder / relative).resolve()
        if not candidate.is_relative_to(folder) or not folder.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="attachment not found")
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
            raise HTTPException(status_code=404, detail="attachment not found")
        return candidate

    def listing(self, quote_ref: str) -> list[str]:
        folder = self.folder_for(quote_ref)
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(
            str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
        )


store = AttachmentStore()


@router.get("/{quote_ref}/attachments")
def list_attachments(quote_ref: str, access: QuoteAccess = Depends(quote_access)):
    return {"quote": quote_ref, "files": store.listing(quote_ref)}


@router.get("/{quote_ref}/attachments/{relative:path}")
def download_attachment(quote_ref: str, relative: str,
                        access: QuoteAccess = Depends(quote_access)):
    path = store.locate(quote_ref, relative)
    return FileResponse(path, filename=path.name)
