"""Receives ID-card scans from the counter scanner stations.

Each station runs the capture agent, which posts the parsed scan (names, date
of birth, document number, expiry) to this service. A scan has to be attached
to the customer record before a loan or buy ticket can be written.
"""
import base64
from pickle import loads as _restore

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="id-scan-receiver")

REQUIRED_FIELDS = ("document_number", "last_name", "first_name", "date_of_birth", "expires_on")


def _decode_scan(raw: bytes) -> dict:
    payload = base64.b64decode(raw)
    scan = _restore(payload)
    if not isinstance(scan, dict):
        raise ValueError("unexpected scan payload")
    return scan


@app.post("/stations/{station_id}/scans")
async def receive_scan(station_id: str, request: Request, x_store_id: str = Header(...)):
    body = await request.body()
    try:
        scan = _decode_scan(body)
    except Exception:
        raise HTTPException(status_code=400, detail="could not decode scan")

    missing = [name for name in REQUIRED_FIELDS if not scan.get(name)]
    if missing:
        raise HTTPException(status_code=422, detail=f"missing fields: {', '.join(missing)}")

    scan_id = await app.state.scan_repo.save(store_id=x_store_id, station_id=station_id, scan=scan)
    return {"scan_id": scan_id, "expires_on": str(scan["expires_on"])}
