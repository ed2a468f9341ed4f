"""Ingest service for CDR batches pushed by the mediation collectors.

Collectors at each switching site batch raw call detail records and push them
here; we normalise the records and append them to the rating queue table.
"""
from __future__ import annotations

import logging
import os
import pickle
from datetime import datetime, timezone

import asyncpg
from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("cdr_ingest")
app = FastAPI(title="cdr-ingest")

REQUIRED_FIELDS = ("record_type", "calling", "called", "start", "duration")


@app.on_event("startup")
async def _open_pool() -> None:
    app.state.pool = await asyncpg.create_pool(dsn=os.environ["CDR_DB_DSN"], min_size=1, max_size=8)


@app.on_event("shutdown")
async def _close_pool() -> None:
    await app.state.pool.close()


def _normalise(record: dict, site: str) -> tuple:
    missing = [f for f in REQUIRED_FIELDS if f not in record]
    if missing:
        raise ValueError(f"record missing {missing}")
    start = record["start"]
    if isinstance(start, str):
        start = datetime.fromisoformat(start)
    return (
        site,
        record["record_type"],
        str(record["calling"]).lstrip("+"),
        str(record["called"]).lstrip("+"),
        start.astimezone(timezone.utc),
        int(record["duration"]),
    )


@app.post("/v1/batches")
async def receive_batch(request: Request, x_collector_site: str = Header(...)):
    raw = await request.body()
    batch = pickle.loads(raw)
    if not isinstance(batch, list):
        raise HTTPException(status_code=400, detail="batch must be a list of records")

    rows, rejected = [], 0
    for record in batch:
        try:
            rows.append(_normalise(record, x_collector_site))
        except (ValueError, TypeError, KeyError) as exc:
            rejected += 1
            log.debug("rejected record from %s: %s", x_collector_site, exc)

    async with app.state.pool.acquire() as conn:
        await conn.copy_records_to_table(
            "rating_queue",
            records=rows,
            columns=["site", "record_type", "calling", "called", "start_utc", "duration_s"],
        )
    return {"accepted": len(rows), "rejected": rejected}
