"""Claim search for the warranty desk.

Warranty staff search claims by serial number, claimant surname or the
failure category chosen on the claim form.
"""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from scythesmith.auth import require_staff
from scythesmith.db import get_async_session

router = APIRouter(prefix="/warranty/desk", dependencies=[Depends(require_staff)])

CLAIM_SEARCH_SQL = text(
    "SELECT c.reference, c.serial_number, c.claimant_surname, c.failure_category, "
    "c.status, c.submitted_at "
    "FROM warranty_claims c "
    "WHERE (:serial IS NULL OR c.serial_number = :serial) "
    "AND (:surname IS NULL OR lower(c.claimant_surname) LIKE :surname) "
    "AND (:category IS NULL OR c.failure_category = :category) "
    "ORDER BY c.submitted_at DESC LIMIT :limit"
).bindparams(
    bindparam("serial"),
    bindparam("surname"),
    bindparam("category"),
    bindparam("limit"),
)


def _surname_pattern(surname: str | None) -> str | None:
    if not surname:
        return None
    escaped = surname.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


async def search_claims(db: AsyncSession, serial, surname, category, limit: int) -> list[dict]:
    params = {
        "serial": serial.strip().upper() if serial else None,
        "surname": _surname_pattern(surname),
        "category": category,
        "limit": limit,
    }
    result = await db.execute(CLAIM_SEARCH_SQL, params)
    return [dict(row) for row in result.mappings()]


@router.get("/claims")
async def claims(
    serial: str | None = None,
    surname: str | None = None,
    category: str | None = None,
    limit: int = Query(50, le=200),
    db: AsyncSession = Depends(get_async_session),
):
    rows = await search_claims(db, serial, surname, category, limit)
    return {"results": rows, "count": len(rows)}
