"""Accepts buffered sensor snapshots uploaded by room gateways after a network outage."""

from __future__ import annotations

import base64
import binascii
import pickle
import zlib
from typing import Any, Callable

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


class SnapshotCodec:
    def __init__(
        self,
        loader: Callable[[bytes], Any] = pickle.loads,
        max_bytes: int = 8 * 1024 * 1024,
    ) -> None:
        self._loader = loader
        self.max_bytes = max_bytes

    def decode(self, raw: bytes) -> list[dict[str, Any]]:
        if len(raw) > self.max_bytes:
            raise ValueError("snapshot too large")
        return self._loader(zlib.decompress(base64.b64decode(raw)))


codec = SnapshotCodec()
STORE: list[dict[str, Any]] = []


@app.post("/gateways/{gateway_id}/snapshots")
async def upload_snapshot(gateway_id: str, request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        readings = codec.decode(raw)
    except (ValueError, zlib.error, binascii.Error) as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    for reading in readings:
        reading["gateway_id"] = gateway_id
    STORE.extend(readings)
    return {"accepted": len(readings)}


@app.get("/gateways/{gateway_id}/snapshots/count")
def snapshot_count(gateway_id: str) -> dict[str, Any]:
    return {"gateway_id": gateway_id, "count": sum(1 for r in STORE if r["gateway_id"] == gateway_id)}
