"""API-key authentication for the SCADA ingest service.

Surface PLC gateways, the conveyor condition-monitoring box and the weather
station push readings into the ingest API. Each client has its own key,
configured in the service settings and presented in the X-Api-Key header.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from colliery.ingest import enqueue_readings
from colliery.settings import get_settings


@dataclass(frozen=True)
class IngestClient:
    name: str
    allowed_streams: frozenset[str]


class ReadingBatch(BaseModel):
    stream: str
    readings: list[dict]


app = FastAPI(title="colliery-scada-ingest")


async def authenticate(x_api_key: str = Header(...)) -> IngestClient:
    settings = get_settings()
    for client_name, configured in settings.ingest_clients.items():
        if configured["key"] == x_api_key:
            return IngestClient(
                name=client_name, allowed_streams=frozenset(configured["streams"])
            )
    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown client")


@app.post("/v1/readings", status_code=status.HTTP_202_ACCEPTED)
async def ingest(batch: ReadingBatch, client: IngestClient = Depends(authenticate)) -> dict:
    if batch.stream not in client.allowed_streams:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="stream not permitted")
    queued = await enqueue_readings(client.name, batch.stream, batch.readings)
    return {"client": client.name, "queued": queued}


@app.get("/v1/whoami")
async def whoami(client: IngestClient = Depends(authenticate)) -> dict:
    return {"client": client.name, "streams": sorted(client.allowed_streams)}
