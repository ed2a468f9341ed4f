"""Resumable upload sessions for drone survey imagery.

Pilots upload large orthomosaic batches from the field over patchy 4G.
Each batch gets an upload session id that the mobile app presents on every
chunk request, so an interrupted upload can carry on where it stopped.
"""

import hashlib
import json
import os
import time

import redis
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

from peatcutter.auth import current_pilot

router = APIRouter(prefix="/uploads")
store = redis.Redis.from_url(os.environ["UPLOAD_REDIS_URL"])

SESSION_TTL = 6 * 3600
CHUNK_SIZE = 8 * 1024 * 1024


class OpenSessionRequest(BaseModel):
    site_code: str
    flight_ref: str
    total_chunks: int


def _session_id(pilot_id: str, site_code: str) -> str:
    digest = hashlib.sha1(f"{pilot_id}:{site_code}:{time.time()}".encode())
    return digest.hexdigest()


@router.post("/sessions")
async def open_session(body: OpenSessionRequest, pilot_id: str = Depends(current_pilot)):
    sid = _session_id(pilot_id, body.site_code)
    meta = {"pilot": pilot_id, "site": body.site_code, "flight": body.flight_ref, "total": body.total_chunks}
    store.setex(f"upload:{sid}", SESSION_TTL, json.dumps(meta))
    return {"upload_session": sid, "chunk_size": CHUNK_SIZE}


@router.put("/sessions/{sid}/chunks/{index}")
async def put_chunk(sid: str, index: int, request: Request):
    raw = store.get(f"upload:{sid}")
    if raw is None:
        raise HTTPException(status_code=404, detail="Upload session expired")
    meta = json.loads(raw)
    if not 0 <= index < meta["total"]:
        raise HTTPException(status_code=400, detail="Chunk index out of range")
    data = await request.body()
    store.hset(f"upload:{sid}:chunks", index, data)
    store.expire(f"upload:{sid}:chunks", SESSION_TTL)
    received = store.hlen(f"upload:{sid}:chunks")
    return {"received": received, "remaining": meta["total"] - received}
