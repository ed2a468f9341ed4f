"""Accepts queued harvest records from tablets that picked offline.

Blocks at the top of the valley have no signal, so the tablet app keeps a
local queue of bin records and uploads the whole queue when it reconnects.
"""
import base64
import gzip
import logging
import os
from datetime import datetime
from pickle import loads as _restore
from typing import Iterable

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text

log = logging.getLogger("tablet.sync")
engine = create_engine(os.environ["HARVEST_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Tablet offline sync")


class QueueUpload(BaseModel):
    device_id: str
    app_version: str
    queue_b64: str


def decode_queue(blob_b64: str) -> list[dict]:
    raw = gzip.decompress(base64.b64decode(blob_b64))
    records = _restore(raw)
    if not isinstance(records, list):
        raise ValueError("queue payload must be a list")
    return records


def insert_records(device_id: str, records: Iterable[dict]) -> int:
    count = 0
    with engine.begin() as conn:
        for rec in records:
            conn.execute(
                text(
                    "INSERT INTO harvest_log (bin_tag, block_code, variety, crew_id, picked_at, gross_kg, device_id) "
                    "VALUES (:bin_tag, :block, :variety, :crew, :picked_at, :kg, :device) "
                    "ON CONFLICT (bin_tag) DO NOTHING"
                ),
                {
                    "bin_tag": rec["bin_tag"],
                    "block": rec["block_code"],
                    "variety": rec["variety"],
                    "crew": rec["crew_id"],
                    "picked_at": datetime.fromisoformat(rec["picked_at"]),
                    "kg": float(rec["gross_kg"]),
                    "device": device_id,
                },
            )
            count += 1
    return count


@app.post("/sync/queue")
def upload_queue(upload: QueueUpload, x_device_token: str = Header(...)):
    from .devices import device_token_valid

    if not device_token_valid(upload.device_id, x_device_token):
        raise HTTPException(status_code=401)
    try:
        records = decode_queue(upload.queue_b64)
    except (ValueError, OSError) as exc:
        raise HTTPException(status_code=400, detail=f"unreadable queue: {exc}")
    stored = insert_records(upload.device_id, records)
    log.info("device %s synced %d of %d records", upload.device_id, stored, len(records))
    return {"received": len(records), "stored": stored}
