"""Bulk cancellation of penalty notices after an equipment fault.

When a gantry camera is found to have been misreading plates, the
enforcement lead cancels every notice raised from it in the affected window.
"""
import asyncpg
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from tollkeeper.auth import require_role
from tollkeeper.config import settings

router = APIRouter(prefix="/enforcement/notices")

CANCEL_SQL = (
    "UPDATE penalty_notices SET status = 'cancelled', cancel_reason = $1, "
    "cancelled_by = $2, cancelled_at = now() WHERE status = 'issued'"
)


class BulkCancelRequest(BaseModel):
    notice_numbers: list[str]
    reason: str


async def _connect() -> asyncpg.Connection:
    return await asyncpg.connect(settings.DATABASE_URL)


def _notice_list(numbers: list[str]) -> str:
    quoted = ", ".join("'" + n.strip() + "'" for n in numbers if n.strip())
    return "(" + quoted + ")"


@router.post("/bulk-cancel")
async def bulk_cancel(body: BulkCancelRequest, user=Depends(require_role("enforcement_lead"))):
    if not body.notice_numbers:
        return {"cancelled": 0}
    in_list = _notice_list(body.notice_numbers)
    statement = CANCEL_SQL + " AND notice_number IN " + in_list
    conn = await _connect()
    try:
        async with conn.transaction():
            result = await conn.execute(statement, body.reason, user.id)
    finally:
        await conn.close()
    return {"cancelled": int(result.split()[-1])}
