"""Authenticate SCADA gateways that push alarm events to the operations API."""

from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel


class GatewayKeyring:
    """Per-gateway API keys provisioned through the deployment environment."""

    def __init__(self, raw: str) -> None:
        self._keys = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)

    def key_for(self, gateway_id: str) -> str | None:
        return self._keys.get(gateway_id)


@lru_cache
def keyring() -> GatewayKeyring:
    return GatewayKeyring(os.environ["SCADA_GATEWAY_KEYS"])


def authenticated_gateway(
    x_gateway_id: str = Header(...),
    x_api_key: str = Header(...),
    ring: GatewayKeyring = Depends(keyring),
) -> str:
    expected = ring.key_for(x_gateway_id)
    if expected is None or x_api_key != expected:
        raise HTTPException(status_code=401, detail="unknown gateway or key")
    return x_gateway_id


class AlarmEvent(BaseModel):
    turbine_id: str
    code: str
    severity: int
    message: str


app = FastAPI(title="Operations alarm intake")
_events: list[dict] = []


@app.post("/alarms", status_code=202)
def push_alarm(event: AlarmEvent, gateway: str = Depends(authenticated_gateway)) -> dict:
    record = {"gateway": gateway, **event.model_dump()}
    _events.append(record)
    return {"queued": len(_events)}
