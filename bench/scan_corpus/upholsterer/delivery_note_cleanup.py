"""Manage signed delivery notes uploaded from the van app.

After a delivery the driver uploads a photo of the signed note. Office staff
can list the notes for a round and remove duplicates or wrong uploads.
"""
import os
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query, status

from office.auth import require_office_user

NOTES_DIR = Path(os.environ.get("DELIVERY_NOTES_DIR", "/srv/upholstery/delivery-notes"))

router = APIRouter(prefix="/office/delivery-notes", dependencies=[Depends(require_office_user)])


def _round_folder(round_date: date) -> Path:
    return NOTES_DIR / round_date.isoformat()


@router.get("/{round_date}")
def list_notes(round_date: date) -> dict:
    folder = _round_folder(round_date)
    if not folder.is_dir():
        return {"round": round_date.isoformat(), "notes": []}
    notes = sorted(
        ({"name": p.name, "bytes": p.stat().st_size} for p in folder.iterdir() if p.is_file()),
        key=lambda n: n["name"],
    )
    return {"round": round_date.isoformat(), "notes": notes}


@router.delete("/{round_date}", status_code=status.HTTP_204_NO_CONTENT)
def delete_note(round_date: date, name: str = Query(..., min_length=1)) -> None:
    target = _round_folder(round_date) / name
    if not target.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such delivery note")
    target.unlink()
