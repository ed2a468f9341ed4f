"""Head-office endpoint that accepts queued sales from café tills after an outage.

Tills serialise their in-memory queue of ``SaleLine`` objects and
upload it once connectivity returns.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import jsonpickle
from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="till-sync")
log = logging.getLogger("cafe.sync")


@dataclass
class SaleLine:
    till_id: str
    sku: str
    qty: int
    unit_price: Decimal
    sold_at: str


@dataclass
class SyncResult:
    accepted: int
    rejected: int


def _restore_queue(body: bytes) -> list[SaleLine]:
    restored = jsonpickle.decode(body.decode("utf-8"), keys=True)
    if not isinstance(restored, list):
        raise ValueError("queue payload must be a list")
    return restored


def _persist(lines: list[SaleLine]) -> SyncResult:
    accepted = rejected = 0
    for line in lines:
        if isinstance(line, SaleLine) and line.qty > 0:
            accepted += 1
        else:
            rejected += 1
    return SyncResult(accepted, rejected)


@app.post("/tills/{till_id}/offline-queue")
async def upload_queue(till_id: str, request: Request, x_till_batch: str = Header("")):
    body = await request.body()
    try:
        lines = _restore_queue(body)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    result = _persist(lines)
    log.info(
        "till=%s batch=%s accepted=%d rejected=%d",
        till_id,
        x_till_batch,
        result.accepted,
        result.rejected,
    )
    return result.__dict__
