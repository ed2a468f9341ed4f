"""Upload endpoint used by the scanning stations in the archive room.

Each station is configured with its own token; the token list is
provided to this service as ``SCAN_STATION_TOKENS=station-id:token,...``.
"""
import os
import secrets
import uuid
from pathlib import Path

from fastapi import FastAPI, File, Header, HTTPException, UploadFile

app = FastAPI()

INBOX = Path(os.environ.get("SCAN_INBOX", "/srv/scrivener/scan-inbox"))
ACCEPTED_TYPES = {"image/tiff", "application/pdf"}


def station_tokens() -> dict[str, str]:
    pairs = (p.split(":", 1) for p in os.environ.get("SCAN_STATION_TOKENS", "").split(",") if ":" in p)
    return {station.strip(): token.strip() for station, token in pairs}


def authenticate_station(station_id: str, token: str) -> str:
    expected = station_tokens().get(station_id)
    if expected is None or not secrets.compare_digest(expected.encode(), token.encode()):
        raise HTTPException(status_code=401, detail="station not recognised")
    return station_id


@app.post("/stations/{station_id}/scans")
async def upload_scan(
    station_id: str,
    file: UploadFile = File(...),
    x_station_token: str = Header(...),
):
    authenticate_station(station_id, x_station_token)
    if file.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="only TIFF and PDF scans are accepted")
    suffix = ".pdf" if file.content_type == "application/pdf" else ".tif"
    target = INBOX / f"{uuid.uuid4().hex}{suffix}"
    INBOX.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        while chunk := await file.read(1 << 20):
            out.write(chunk)
    return {"station": station_id, "stored_as": target.name}
