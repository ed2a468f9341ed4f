"""Customer search for the trade counter and sales team."""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from goldbeater.api.deps import get_session, require_staff

router = APIRouter(prefix="/staff/customers", dependencies=[Depends(require_staff)])

PAGE_SIZE = 25


def _search_sql(term: str, region: str | None) -> str:
    pattern = f"%{term.strip()}%"
    where = f"(company_name ILIKE '{pattern}' OR account_number ILIKE '{pattern}')"
    if region:
        where += " AND region = :region"
    return (
        "SELECT account_number, company_name, region, price_band "
        f"FROM trade_customers WHERE {where} "
        "ORDER BY company_name LIMIT :limit OFFSET :offset"
    )


@router.get("")
async def search_customers(
    q: str = Query(..., min_length=2),
    region: str | None = None,
    page: int = Query(1, ge=1),
    session: AsyncSession = Depends(get_session),
):
    params = {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    if region:
        params["region"] = region
    result = await session.execute(text(_search_sql(q, region)), params)
    return [
        {"account": row.account_number, "company": row.company_name,
         "region": row.region, "band": row.price_band}
        for row in result
    ]
