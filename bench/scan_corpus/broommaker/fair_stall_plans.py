"""Stall layout plans and risk assessments for each fair we attend.

Organisers ask for these before the event; staff download them on the day.
Files are stored when uploaded and looked up by their document id.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_staff

router = APIRouter(prefix="/fairs", dependencies=[Depends(require_staff)])

DB_FILE = "/var/lib/broomworks/fairs.db"
DOC_KINDS = {"layout", "risk_assessment", "insurance", "gas_cert"}


@dataclass
class FairDocument:
    doc_id: int
    fair_id: int
    kind: str
    original_name: str
    stored_path: Path


def get_document(fair_id: int, doc_id: int) -> FairDocument | None:
    with sqlite3.connect(DB_FILE) as conn:
        row = conn.execute(
            "SELECT id, fair_id, kind, original_name, stored_path FROM fair_documents"
            " WHERE id = ? AND fair_id = ?",
            (doc_id, fair_id),
        ).fetchone()
    if row is None:
        return None
    return FairDocument(row[0], row[1], row[2], row[3], Path(row[4]))


@router.get("/{fair_id}/documents/{doc_id}")
def download_document(fair_id: int, doc_id: int):
    doc = get_document(fair_id, doc_id)
    if doc is None or doc.kind not in DOC_KINDS:
        raise HTTPException(status_code=404)
    if not doc.stored_path.is_file():
        raise HTTPException(status_code=410, detail="document missing from storage")
    return FileResponse(doc.stored_path, filename=doc.original_name)


@router.get("/{fair_id}/documents")
def list_documents(fair_id: int):
    with sqlite3.connect(DB_FILE) as conn:
        rows = conn.execute(
            "SELECT id, kind, original_name FROM fair_documents WHERE fair_id = ? ORDER BY kind",
            (fair_id,),
        ).fetchall()
    return [{"id": r[0], "kind": r[1], "name": r[2]} for r in rows]
