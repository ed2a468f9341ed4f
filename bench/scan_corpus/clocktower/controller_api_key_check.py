"""Authentication of tower gateways calling the central telemetry API.

Every gateway holds a device key issued at enrolment.  It sends its serial
and key on each request; the key is checked against the registry.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["CLOCKTOWER_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Telemetry intake")


@dataclass
class GatewayCredential:
    serial: str
    tower_code: str
    device_key: str
    revoked: bool

    def accepts(self, presented: str) -> bool:
        if self.revoked:
            return False
        return secrets.compare_digest(self.device_key.encode(), presented.encode())


class Reading(BaseModel):
    taken_at: datetime
    drift_ms: int
    weight_position_pct: float
    motor_current_ma: int


def _credential(serial: str) -> GatewayCredential | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT serial, tower_code, device_key, revoked FROM gateways WHERE serial = :s"),
            {"s": serial},
        ).mappings().first()
    if row is None:
        return None
    return GatewayCredential(row["serial"], row["tower_code"], row["device_key"], bool(row["revoked"]))


def authenticated_gateway(
    x_gateway_serial: str = Header(...), x_gateway_key: str = Header(...)
) -> GatewayCredential:
    cred = _credential(x_gateway_serial)
    if cred is None or not cred.accepts(x_gateway_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown gateway")
    return cred


@app.post("/v1/readings", status_code=202)
def post_reading(reading: Reading, gateway: GatewayCredential = Depends(authenticated_gateway)):
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO readings (tower_code, taken_at, drift_ms, weight_pct, motor_ma) "
                "VALUES (:tower, :taken_at, :drift, :weight, :motor)"
            ),
            {
                "tower": gateway.tower_code,
                "taken_at": reading.taken_at,
                "drift": reading.drift_ms,
                "weight": reading.weight_position_pct,
                "motor": reading.motor_current_ma,
            },
        )
    return {"accepted": True}
