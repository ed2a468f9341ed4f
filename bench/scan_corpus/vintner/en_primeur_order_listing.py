"""Back-office listing of en-primeur orders for the campaign team."""

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from vintner.auth import require_staff
from vintner.db import get_session

router = APIRouter(prefix="/admin/en-primeur", dependencies=[Depends(require_staff)])

PAGE_SIZE = 50


class OrderListing:
    def __init__(self, session: AsyncSession, campaign_year: int):
        self.session = session
        self.campaign_year = campaign_year

    async def page(self, page: int, sort: str, direction: str) -> list:
        order_by = f"{sort} {'DESC' if direction == 'desc' else 'ASC'}"
        statement = text(
            "SELECT o.id, o.reference, c.name AS client, w.name AS wine, o.cases, o.status "
            "FROM ep_orders o JOIN clients c ON c.id = o.client_id JOIN wines w ON w.id = o.wine_id "
            f"WHERE o.campaign_year = :year ORDER BY {order_by} LIMIT :limit OFFSET :offset"
        )
        result = await self.session.execute(
            statement,
            {"year": self.campaign_year, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE},
        )
        return [dict(row._mapping) for row in result]


@router.get("/orders")
async def list_orders(
    year: int,
    page: int = Query(1, ge=1),
    sort: str = Query("o.created_at"),
    direction: str = Query("desc"),
    session: AsyncSession = Depends(get_session),
):
    listing = OrderListing(session, year)
    return {"page": page, "orders": await listing.page(page, sort, direction)}
