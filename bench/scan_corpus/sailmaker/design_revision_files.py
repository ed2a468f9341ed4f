"""Fetch the stored file for a given sail design revision.

Revisions are uploaded through the design office tool, which records where it
put each file; the API only ever receives numeric ids.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from loft.db import get_session
from loft.models import DesignRevision

STORAGE_ROOT = Path("/srv/loft/design-store")
router = APIRouter(prefix="/designs")


@dataclass
class StoredFile:
    path: Path
    download_name: str
    media_type: str


def stored_file_for(session: Session, design_id: int, revision_no: int) -> Optional[StoredFile]:
    stmt = select(DesignRevision).where(
        DesignRevision.design_id == design_id,
        DesignRevision.number == revision_no,
    )
    rev = session.scalars(stmt).first()
    if rev is None:
        return None
    return StoredFile(
        path=STORAGE_ROOT / rev.storage_key,
        download_name=f"design-{design_id}-r{revision_no}{rev.extension}",
        media_type=rev.media_type or "application/octet-stream",
    )


@router.get("/{design_id}/revisions/{revision_no}/file")
def revision_file(design_id: int, revision_no: int, session: Session = Depends(get_session)):
    stored = stored_file_for(session, design_id, revision_no)
    if stored is None or not stored.path.is_file():
        raise HTTPException(404, "revision file not found")
    return FileResponse(stored.path, media_type=stored.media_type, filename=stored.download_name)
