"""Stores and restores shift-handover snapshots from the depot controller workstations.

A snapshot captures stabled trams, blocked roads and open work orders at handover so the
incoming controller can load the outgoing controller's view.
"""
from __future__ import annotations

import json
import pickle
import time
from typing import Any, Callable, Dict

from fastapi import FastAPI, HTTPException, Request

app = FastAPI(title="depot-handover")

DECODERS: Dict[str, Callable[[bytes], Any]] = {
    "application/json": json.loads,
    "application/x-handover-snapshot": pickle.loads,
}

_SNAPSHOTS: Dict[str, Dict[str, Any]] = {}


def _decode(content_type: str, body: bytes) -> Any:
    media_type = content_type.split(";")[0].strip().lower()
    decoder = DECODERS.get(media_type)
    if decoder is None:
        raise HTTPException(415, f"unsupported snapshot format {media_type}")
    return decoder(body)


def _summarise(snapshot: Dict[str, Any]) -> Dict[str, int]:
    return {
        "stabled": len(snapshot.get("stabled", [])),
        "blocked_roads": len(snapshot.get("blocked_roads", [])),
        "work_orders": len(snapshot.get("work_orders", [])),
    }


@app.put("/depots/{depot}/handover")
async def put_handover(depot: str, request: Request) -> dict:
    body = await request.body()
    snapshot = _decode(request.headers.get("content-type", "application/json"), body)
    if not isinstance(snapshot, dict):
        raise HTTPException(422, "snapshot must be a mapping")
    snapshot["received_at"] = time.time()
    _SNAPSHOTS[depot] = snapshot
    return {"depot": depot, **_summarise(snapshot)}


@app.get("/depots/{depot}/handover")
def get_handover(depot: str) -> dict:
    snapshot = _SNAPSHOTS.get(depot)
    if snapshot is None:
        raise HTTPException(404, "no handover recorded")
    return {"depot": depot, "snapshot": json.loads(json.dumps(snapshot, default=str))}
