"""Live dispatch board API consumed by the control room and the customer tracking page."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _allowed_origins() -> list[str]:
    configured = os.environ.get("DISPATCH_BOARD_ORIGINS", "")
    return [o.strip() for o in configured.split(",") if o.strip().startswith("https://")]


CORS_SETTINGS = {
    "allow_origins": _allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}

app = FastAPI(title="Dispatch board")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

_board: dict[str, dict] = {}


@app.get("/board/trucks")
def trucks() -> list[dict]:
    return sorted(_board.values(), key=lambda t: t["truck_id"])


@app.post("/board/trucks/{truck_id}/status")
def set_status(truck_id: str, status: str, location: str = "") -> dict:
    entry = {
        "truck_id": truck_id,
        "status": status,
        "location": location,
        "updated": datetime.now(timezone.utc).isoformat(),
    }
    _board[truck_id] = entry
    return entry


@app.get("/board/summary")
def summary() -> dict:
    counts: dict[str, int] = {}
    for entry in _board.values():
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    return {"trucks": len(_board), "by_status": counts}
