"""Gateway for electronic ear-tag (EID) panel readers in the sheep yards.

Each stick reader or race panel reader uploads scanned tag numbers in
batches. Readers authenticate with a per-device key provisioned on install.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import psycopg
from fastapi import FastAPI, Header, HTTPException
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
class ReaderCredential:
    reader_id: str
    yard: str
    _device_key: str

    def accepts(self, presented: str) -> bool:
        if not presented or not self._device_key:
            return False
        return presented == self._device_key


class ReaderRegistry:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def lookup(self, reader_id: str) -> ReaderCredential | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT reader_id, yard, device_key FROM eid_readers "
                "WHERE reader_id = %s AND retired_at IS NULL",
                (reader_id,),
            ).fetchone()
        return ReaderCredential(*row) if row else None

    def store_scans(self, reader_id: str, scans: Iterable[Scan]) -> int:
        rows = [(reader_id, s.eid, s.scanned_at, s.weight_kg) for s in scans]
        with psycopg.connect(self._dsn) as conn:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO eid_scans (reader_id, eid, scanned_at, weight_kg) "
                    "VALUES (%s, %s, %s, %s)",
                    rows,
                )
        return len(rows)


def create_app(registry: ReaderRegistry) -> FastAPI:
    app = FastAPI(title="EID reader gateway")

    @app.post("/scans")
    def upload(batch: ScanBatch, x_reader_key: str = Header(default="")):
        cred = registry.lookup(batch.reader_id)
        if cred is None or not cred.accepts(x_reader_key):
            raise HTTPException(status_code=401, detail="unknown reader or bad key")
        stored = registry.store_scans(cred.reader_id, batch.scans)
        log.info("reader %s in %s uploaded %d scans", cred.reader_id, cred.yard, stored)
        return {"stored": stored}

    return app
