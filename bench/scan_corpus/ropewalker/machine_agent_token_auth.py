"""Token check for the agents running on braiding machines that request work orders."""
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ropewalker.plant.db import get_async_session
from ropewalker.plant.models import Machine, WorkOrder

app = FastAPI(title="Plant work order dispatch")


@dataclass
class AgentIdentity:
    machine_id: int
    line: str


async def _machine_by_serial(session: AsyncSession, serial: str) -> Machine | None:
    return await session.scalar(select(Machine).where(Machine.serial == serial))


async def authenticate_agent(
    request: Request, session: AsyncSession = Depends(get_async_session)
) -> AgentIdentity:
    serial = request.headers.get("X-Machine-Serial", "")
    presented = request.headers.get("X-Agent-Token", "")
    machine = await _machine_by_serial(session, serial)
    if machine is None or machine.agent_token is None:
        raise HTTPException(status_code=401)
    if not secrets.compare_digest(presented.encode(), machine.agent_token.encode()):
        raise HTTPException(status_code=401)
    return AgentIdentity(machine_id=machine.id, line=machine.line_code)


@app.get("/agent/next-work-order")
async def next_work_order(
    agent: AgentIdentity = Depends(authenticate_agent),
    session: AsyncSession = Depends(get_async_session),
):
    order = await session.scalar(
        select(WorkOrder)
        .where(WorkOrder.machine_id == agent.machine_id, WorkOrder.state == "queued")
        .order_by(WorkOrder.priority.desc(), WorkOrder.created_at)
        .limit(1)
    )
    if order is None:
        return {"work_order": None}
    return {
        "work_order": order.reference,
        "product": order.product_code,
        "length_m": order.length_m,
        "diameter_mm": order.diameter_mm,
    }
