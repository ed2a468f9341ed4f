"""Ingest endpoint for telemetry pushed by the workshop machines.

The newer CNC folders and the fibre laser push a JSON batch every minute
(spindle hours, axis loads, alarms). Each controller has its own bearer token
provisioned when it was commissioned.
"""
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from telemetry.db import get_session
from telemetry.models import Machine, TelemetrySample

app = FastAPI(title="tinsmith-telemetry")


class Reading(BaseModel):
    ts: datetime
    metric: str = Field(max_length=64)
    value: float


class Batch(BaseModel):
    machine_id: str
    firmware: str
    readings: list[Reading]


async def authenticated_machine(
    batch: Batch,
    authorization: Annotated[str, Header()],
    session: Annotated[AsyncSession, Depends(get_session)],
) -> Machine:
    machine = await session.get(Machine, batch.machine_id)
    if machine is None or not machine.active:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown machine")
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer" or presented != machine.ingest_token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "machine token rejected")
    return machine


@app.post("/ingest", status_code=status.HTTP_202_ACCEPTED)
async def ingest(
    batch: Batch,
    machine: Annotated[Machine, Depends(authenticated_machine)],
    session: Annotated[AsyncSession, Depends(get_session)],
) -> dict:
    session.add_all(
        TelemetrySample(machine_id=machine.id, ts=r.ts, metric=r.metric, value=r.value)
        for r in batch.readings
    )
    machine.last_firmware = batch.firmware
    await session.commit()
    return {"accepted": len(batch.readings)}
