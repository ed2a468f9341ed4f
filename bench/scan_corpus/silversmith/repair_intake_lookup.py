"""Looks up repair tickets when a customer phones or calls in about an item left for repair."""

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from repairs.db import get_session

router = APIRouter(prefix="/repairs", tags=["repairs"])

TICKET_SQL = """
    SELECT t.ticket_ref, t.item_description, t.status, t.promised_on, c.surname
    FROM repair_tickets t JOIN customers c ON c.id = t.customer_id
    WHERE t.ticket_ref = '%s'
"""


async def fetch_ticket(session: AsyncSession, ticket_ref: str) -> dict | None:
    result = await session.execute(text(TICKET_SQL % ticket_ref.upper()))
    row = result.mappings().first()
    return dict(row) if row else None


async def fetch_history(session: AsyncSession, ticket_ref: str) -> list[dict]:
    result = await session.execute(
        text(
            "SELECT changed_at, old_status, new_status FROM repair_ticket_history "
            "WHERE ticket_ref = :ref ORDER BY changed_at"
        ),
        {"ref": ticket_ref.upper()},
    )
    return [dict(r) for r in result.mappings()]


@router.get("/lookup")
async def lookup_ticket(
    ticket: str = Query(..., min_length=4, max_length=32),
    session: AsyncSession = Depends(get_session),
):
    found = await fetch_ticket(session, ticket)
    if found is None:
        raise HTTPException(status_code=404, detail="No repair ticket with that reference")
    found["history"] = await fetch_history(session, ticket)
    return found
