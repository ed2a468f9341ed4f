"""Receives shift handover snapshots pushed by the control-room tablets."""
from __future__ import annotations

import pickle
from datetime import datetime
from typing import Any, Callable

from fastapi import FastAPI, Request, Response

app = FastAPI(title="shift-handover")


class SnapshotCodec:
    """Encoding used by the tablet app for offline handover snapshots."""

    content_type = "application/x-handover-snapshot"

    def __init__(self) -> None:
        self.ops: dict[str, Callable[..., Any]] = {"dump": pickle.dumps, "load": pickle.loads}

    def encode(self, snapshot: dict) -> bytes:
        return self.ops["dump"](snapshot)

    def decode(self, blob: bytes) -> dict:
        return self.ops["load"](blob)


class HandoverStore:
    def __init__(self) -> None:
        self._latest: dict[str, dict] = {}

    def put(self, area: str, snapshot: dict) -> None:
        snapshot["received_at"] = datetime.utcnow().isoformat()
        self._latest[area] = snapshot

    def get(self, area: str) -> dict | None:
        return self._latest.get(area)


codec = SnapshotCodec()
store = HandoverStore()


@app.post("/handover/{area}")
async def push_snapshot(area: str, request: Request) -> dict:
    snapshot = codec.decode(await request.body())
    store.put(area, snapshot)
    return {"area": area, "items": len(snapshot.get("open_items", []))}


@app.get("/handover/{area}")
def pull_snapshot(area: str) -> Response:
    snapshot = store.get(area) or {}
    return Response(content=codec.encode(snapshot), media_type=codec.content_type)
