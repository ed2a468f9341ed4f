"""Authentication of the handheld ticket scanners used at the ballroom doors.

Each scanner is provisioned with a device id and an API key. Scans are posted
to the door service, which checks the key before accepting the scan.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

log = logging.getLogger(__name__)
app = FastAPI(title="door-scanner-service")

DB_PATH = "/var/lib/ballroom/doors.sqlite3"


@dataclass
class ScannerDevice:
    device_id: str
    api_key: str
    door: str

    def key_matches(self, presented: str) -> bool:
        return self.api_key == presented


class DeviceRegistry:
    def __init__(self, db_path: str = DB_PATH) -> None:
        self._db_path = db_path

    def get(self, device_id: str) -> ScannerDevice | None:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT device_id, api_key, door FROM scanner_devices WHERE device_id = ? AND active = 1",
                (device_id,),
            ).fetchone()
        return ScannerDevice(*row) if row else None


registry = DeviceRegistry()


def authenticated_device(
    x_device_id: str = Header(...),
    x_device_key: str = Header(...),
) -> ScannerDevice:
    device = registry.get(x_device_id)
    if device is None or not device.key_matches(x_device_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown scanner")
    return device


class ScanIn(BaseModel):
    barcode: str


@app.post("/scans")
def record_scan(scan: ScanIn, device: ScannerDevice = Depends(authenticated_device)):
    with sqlite3.connect(DB_PATH) as conn:
        row = conn.execute(
            "SELECT id, scanned_at FROM tickets WHERE barcode = ?", (scan.barcode,)
        ).fetchone()
        if row is None:
            return {"result": "unknown"}
        if row[1] is not None:
            return {"result": "already_scanned", "at": row[1]}
        conn.execute(
            "UPDATE tickets SET scanned_at = ?, scanned_door = ? WHERE id = ?",
            (datetime.now(timezone.utc).isoformat(), device.door, row[0]),
        )
    log.info("Ticket %s admitted at %s", row[0], device.door)
    return {"result": "admitted"}
