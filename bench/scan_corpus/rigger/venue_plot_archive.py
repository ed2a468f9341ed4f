"""Archive of historical venue plots (house rigging drawings, beam charts).

Files live on the NAS; the database maps each document id to its stored
location, so clients only ever reference documents by id.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_client
from .db import get_session
from .models import VenueDocument

router = APIRouter(prefix="/venues/{venue_id}/archive")

ARCHIVE_ROOT = Path("/mnt/nas/venue-archive")


def document_for(db: Session, venue_id: int, doc_id: int, client) -> VenueDocument:
    doc = db.scalar(
        select(VenueDocument).where(
            VenueDocument.id == doc_id,
            VenueDocument.venue_id == venue_id,
            VenueDocument.visible_to_clients.is_(True),
        )
    )
    if doc is None or not client.has_venue_access(venue_id):
        raise HTTPException(status_code=404)
    return doc


@router.get("")
def list_documents(venue_id: int, db: Session = Depends(get_session), client=Depends(current_client)):
    if not client.has_venue_access(venue_id):
        raise HTTPException(status_code=404)
    docs = db.scalars(
        select(VenueDocument)
        .where(VenueDocument.venue_id == venue_id, VenueDocument.visible_to_clients.is_(True))
        .order_by(VenueDocument.drawn_on.desc())
    ).all()
    return [{"id": d.id, "title": d.title, "drawn_on": d.drawn_on.isoformat()} for d in docs]


@router.get("/{doc_id}")
def download_document(
    venue_id: int, doc_id: int, db: Session = Depends(get_session), client=Depends(current_client)
):
    doc = document_for(db, venue_id, doc_id, client)
    path = ARCHIVE_ROOT / doc.storage_key
    if not path.is_file():
        raise HTTPException(status_code=410, detail="document missing from archive")
    return FileResponse(path, filename=doc.original_filename, media_type=doc.mime_type)
