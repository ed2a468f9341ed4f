"""Audit history of supplier documents (COAs, allergen declarations, IFRA certificates)."""
from datetime import date

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from perfumer.db import get_session

router = APIRouter(prefix="/suppliers")

DOC_COLUMNS = "d.id, d.kind, d.file_name, d.valid_until, d.uploaded_at, d.uploaded_by"


async def _fetch(session: AsyncSession, statement: str, **params) -> list[dict]:
    result = await session.execute(text(statement), params)
    return [dict(row._mapping) for row in result]


@router.get("/{supplier_code}/documents")
async def supplier_documents(
    supplier_code: str,
    since: date | None = None,
    session: AsyncSession = Depends(get_session),
):
    base = "SELECT %s FROM supplier_documents d JOIN suppliers s ON s.id = d.supplier_id" % DOC_COLUMNS
    statement = base + " WHERE s.code = '%s'" % supplier_code
    params = {}
    if since is not None:
        statement += " AND d.uploaded_at >= :since"
        params["since"] = since
    statement += " ORDER BY d.uploaded_at DESC"
    return await _fetch(session, statement, **params)


@router.get("/documents/expiring")
async def expiring_documents(days: int = 30, session: AsyncSession = Depends(get_session)):
    statement = (
        f"SELECT {DOC_COLUMNS} FROM supplier_documents d "
        "WHERE d.valid_until < CURRENT_DATE + make_interval(days => :days) ORDER BY d.valid_until"
    )
    return await _fetch(session, statement, days=days)
