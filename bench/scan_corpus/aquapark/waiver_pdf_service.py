"""Download service for signed liability waivers.

Guests sign a waiver for the cliff-jump and flow-rider attractions; staff and
guests can later download the signed PDF from the booking portal.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="waivers")


@dataclass(frozen=True)
class WaiverStorage:
    root: Path = Path("/var/lib/aquapark/waivers")
    media_type: str = "application/pdf"

    def locate(self, document: str) -> Path:
        return self.root / document


class WaiverRepository:
    def __init__(self, storage: WaiverStorage | None = None) -> None:
        self.storage = storage or WaiverStorage()

    def fetch(self, booking_ref: str, document: str) -> Path:
        path = self.storage.locate(document)
        if not path.is_file():
            raise FileNotFoundError(document)
        return path


def get_repository() -> WaiverRepository:
    return WaiverRepository()


@app.get("/bookings/{booking_ref}/waivers/{document:path}")
def download_waiver(
    booking_ref: str,
    document: str,
    repo: WaiverRepository = Depends(get_repository),
) -> FileResponse:
    try:
        path = repo.fetch(booking_ref, document)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="waiver not found")
    return FileResponse(
        path,
        media_type=repo.storage.media_type,
        filename=f"waiver-{booking_ref}.pdf",
    )
