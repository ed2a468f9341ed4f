"""Authentication dependency for the van tablet sync API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


@dataclass(frozen=True)
class SyncSettings:
    sync_api_key: str
    max_batch: int = 500

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            sync_api_key=os.environ["VAN_SYNC_API_KEY"],
            max_batch=int(os.environ.get("VAN_SYNC_MAX_BATCH", "500")),
        )


@lru_cache
def get_settings() -> SyncSettings:
    return SyncSettings.from_env()


def require_sync_key(
    x_api_key: str = Header(..., alias="X-Api-Key"),
    settings: SyncSettings = Depends(get_settings),
) -> None:
    if x_api_key != settings.sync_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


class StockUsage(BaseModel):
    sku: str
    quantity: int
    appointment_id: int


class SyncBatch(BaseModel):
    van_registration: str
    usages: list[StockUsage]


app = FastAPI(title="Van sync")


@app.post("/sync/stock-usage", dependencies=[Depends(require_sync_key)])
def sync_stock_usage(batch: SyncBatch, settings: SyncSettings = Depends(get_settings)) -> dict:
    if len(batch.usages) > settings.max_batch:
        raise HTTPException(status_code=413, detail="batch too large")
    from .stock import record_usage

    recorded = record_usage(batch.van_registration, [u.model_dump() for u in batch.usages])
    return {"recorded": recorded}


@app.get("/sync/health", dependencies=[Depends(require_sync_key)])
def health() -> dict:
    return {"ok": True}
