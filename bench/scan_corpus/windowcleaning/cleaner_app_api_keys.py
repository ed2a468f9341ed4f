"""API-key authentication for the cleaner mobile app's sync endpoints (FastAPI)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status

from .settings import settings

app = FastAPI(title="Rounds cleaner sync")


@dataclass
class DeviceCredential:
    device_id: str
    cleaner_id: int
    api_key: str
    revoked: bool = False

    def matches(self, presented: str) -> bool:
        return not self.revoked and presented == self.api_key


def _load_credential(device_id: str) -> Optional[DeviceCredential]:
    with psycopg.connect(settings.database_url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT device_id, cleaner_id, api_key, revoked FROM cleaner_devices WHERE device_id = %s",
            (device_id,),
        )
        row = cur.fetchone()
    return DeviceCredential(*row) if row else None


def authenticated_cleaner(
    x_device_id: str = Header(...),
    x_api_key: str = Header(...),
) -> int:
    cred = _load_credential(x_device_id)
    if cred is None or not cred.matches(x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown device")
    return cred.cleaner_id


@app.get("/sync/today")
def todays_jobs(cleaner_id: int = Depends(authenticated_cleaner)):
    with psycopg.connect(settings.database_url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT j.id, c.address_line1, c.postcode, j.price_pence, c.gate_notes "
            "FROM jobs j JOIN customers c ON c.id = j.customer_id "
            "WHERE j.cleaner_id = %s AND j.scheduled_for = CURRENT_DATE ORDER BY j.route_order",
            (cleaner_id,),
        )
        rows = cur.fetchall()
    return [
        {"job_id": r[0], "address": r[1], "postcode": r[2], "price_pence": r[3], "gate_notes": r[4]}
        for r in rows
    ]


@app.post("/sync/jobs/{job_id}/done")
def mark_done(job_id: int, cleaner_id: int = Depends(authenticated_cleaner)):
    with psycopg.connect(settings.database_url) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE jobs SET completed_at = now() WHERE id = %s AND cleaner_id = %s",
            (job_id, cleaner_id),
        )
        if cur.rowcount == 0:
            raise HTTPException(status_code=404, detail="No such job")
    return {"status": "done"}
