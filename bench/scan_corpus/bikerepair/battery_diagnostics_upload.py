"""Ingest endpoint for snapshots pushed by the in-store e-bike diagnostic tool."""
from __future__ import annotations

import gzip
import json
import pickle
from datetime import datetime, timezone
from typing import Any, Callable, Dict

from fastapi import FastAPI, HTTPException, Request

app = FastAPI(title="Battery diagnostics ingest")


class SnapshotCodecs:
    registry: Dict[str, Callable[[bytes], Any]] = {
        "application/json": json.loads,
        "application/x-bms-snapshot": pickle.loads,
    }

    @classmethod
    def for_content_type(cls, content_type: str) -> Callable[[bytes], Any]:
        base = content_type.split(";", 1)[0].strip().lower()
        try:
            return cls.registry[base]
        except KeyError as exc:
            raise HTTPException(415, f"unsupported snapshot type {base}") from exc


def _summarise(snapshot: Dict[str, Any]) -> Dict[str, Any]:
    cells = snapshot.get("cell_voltages", [])
    return {
        "pack_serial": snapshot.get("pack_serial"),
        "cycles": snapshot.get("cycle_count"),
        "soh_pct": snapshot.get("state_of_health"),
        "cell_spread_mv": round((max(cells) - min(cells)) * 1000, 1) if cells else None,
        "received_at": datetime.now(timezone.utc).isoformat(),
    }


@app.post("/stores/{store}/jobs/{job_card}/battery-snapshots")
async def upload_snapshot(store: str, job_card: str, request: Request) -> Dict[str, Any]:
    raw = await request.body()
    if request.headers.get("content-encoding") == "gzip":
        raw = gzip.decompress(raw)
    decoder = SnapshotCodecs.for_content_type(request.headers.get("content-type", ""))
    snapshot = decoder(raw)
    if not isinstance(snapshot, dict):
        raise HTTPException(422, "snapshot must be a mapping")
    summary = _summarise(snapshot)
    summary.update(store=store, job_card=job_card)
    return summary
