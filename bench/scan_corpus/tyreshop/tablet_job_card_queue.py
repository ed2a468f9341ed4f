"""Sync endpoint for job card updates coming from workshop tablets.

The tablet app batches job card changes (parts used, torque readings,
tread depths, photos) and posts them when it is back online. Batches are
queued for the invoicing worker.
"""
from __future__ import annotations

import base64
import os
import pickle
from dataclasses import dataclass
from datetime import datetime

import redis
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="workshop-tablet-sync")
queue = redis.Redis.from_url(os.environ["JOBCARD_REDIS_URL"])


@dataclass
class JobCardUpdate:
    job_id: int
    tablet_id: str
    changed_at: datetime
    fields: dict


class BatchCodec:
    loads = staticmethod(pickle.loads)
    dumps = staticmethod(pickle.dumps)

    @classmethod
    def decode(cls, encoded: str) -> list[JobCardUpdate]:
        return cls.loads(base64.b64decode(encoded))


class SyncRequest(BaseModel):
    tablet_id: str
    shop_id: int
    batch: str


@app.post("/sync/job-cards")
def sync_job_cards(req: SyncRequest) -> dict:
    try:
        updates = BatchCodec.decode(req.batch)
    except Exception as exc:
        raise HTTPException(status_code=400, detail="undecodable batch") from exc

    accepted = 0
    for update in updates:
        if update.tablet_id != req.tablet_id:
            continue
        queue.rpush(
            f"jobcards:{req.shop_id}",
            BatchCodec.dumps((update.job_id, update.changed_at, update.fields)),
        )
        accepted += 1
    return {"accepted": accepted, "received": len(updates)}
