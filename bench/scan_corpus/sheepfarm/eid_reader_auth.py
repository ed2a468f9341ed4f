"""Authentication for EID panel readers uploading scans from the yards.

Each reader is provisioned with a random device key; the database keeps only
a SHA-256 of it, and the reader sends the key in ``X-Reader-Key``.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

log = logging.getLogger(__name__)


class Scan(BaseModel):
    eid: str
    scanned_at: datetime
    weight_kg: float | None = None


class ScanBatch(BaseModel):
    reader_id: str
    scans: list[Scan]


@dataclass
class ReaderRecord:
    reader_id: str
    yard: str
    key_sha256: str

    def accepts(self, presented: str) -> bool:
        if not presented:
            return False
        digest = hashlib.sha256(presented.encode("utf-8")).hexdigest()
        return hmac.compare_digest(digest, self.key_sha256)


class ReaderDirectory:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def get(self, reader_id: str) -> ReaderRecord | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT reader_id, yard, key_sha256 FROM eid_readers "
                "WHERE reader_id = %s AND retired_at IS NULL",
                (reader_id,),
            ).fetchone()
        return ReaderRecord(*row) if row else None

    def save_scans(self, reader_id: str, scans: list[Scan]) -> int:
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO eid_scans (reader_id, eid, scanned_at, weight_kg) "
                "VALUES (%s, %s, %s, %s)",
                [(reader_id, s.eid, s.scanned_at, s.weight_kg) for s in scans],
            )
        return len(scans)


def build_app(directory: ReaderDirectory) -> FastAPI:
    app = FastAPI(title="EID reader gateway")

    def authenticated_reader(batch: ScanBatch, x_reader_key: str = Header(default="")):
        record = directory.get(batch.reader_id)
        if record is None or not record.accepts(x_reader_key):
            raise HTTPException(status_code=401, detail="unknown reader or bad key")
        return record

    @app.post("/scans")
    def upload(batch: ScanBatch, reader: ReaderRecord = Depends(authenticated_reader)):
        stored = directory.save_scans(reader.reader_id, batch.scans)
        log.info("reader %s (%s) uploaded %d scans", reader.reader_id, reader.yard, stored)
        return {"stored": stored}

    return app
