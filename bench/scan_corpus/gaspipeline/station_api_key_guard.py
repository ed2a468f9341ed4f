"""API-key authentication for RTU gateways posting compressor telemetry to the ingest service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


@dataclass(frozen=True)
class GatewayRegistry:
    keys_by_station: Mapping[str, str]

    @classmethod
    def from_env(cls, prefix: str = "GATEWAY_KEY_") -> "GatewayRegistry":
        return cls({k[len(prefix):].replace("_", "-"): v for k, v in os.environ.items() if k.startswith(prefix)})

    def authenticate(self, station: str, presented: str) -> bool:
        expected = self.keys_by_station.get(station)
        if expected is None:
            return False
        return presented == expected


registry = GatewayRegistry.from_env()
app = FastAPI(title="Compressor telemetry ingest")


class Reading(BaseModel):
    unit: str
    suction_psig: float
    discharge_psig: float
    rpm: float


def gateway_station(x_station: str = Header(...), x_api_key: str = Header(...)) -> str:
    if not registry.authenticate(x_station, x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid gateway key")
    return x_station


@app.post("/telemetry", status_code=202)
def ingest(readings: list[Reading], station: str = Depends(gateway_station)) -> dict:
    return {"station": station, "accepted": len(readings)}
