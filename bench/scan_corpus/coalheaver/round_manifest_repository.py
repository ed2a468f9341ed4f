"""Repository for driver round manifests.

The planning screen loads all undelivered orders in a postcode district so a
planner can drag them onto a driver's round for a given day.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from coalheaver.db import get_session

router = APIRouter(prefix="/planning", tags=["planning"])


class RoundManifestRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    def _district_filter(self, district: str) -> str:
        return f"c.postcode LIKE '{district.upper()} %'"

    async def undelivered_in_district(self, district: str, day: date) -> list:
        stmt = text(
            "SELECT o.id, o.reference, c.address_line1, c.postcode, o.total_kg "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.status = 'PLACED' AND o.requested_date <= :day AND "
            + self._district_filter(district)
            + " ORDER BY c.postcode, c.address_line1"
        )
        result = await self.session.execute(stmt, {"day": day})
        return [dict(row._mapping) for row in result]

    async def assign_to_round(self, order_ids: list, round_id: int) -> int:
        result = await self.session.execute(
            text("UPDATE orders SET round_id = :round_id, status = 'SCHEDULED' WHERE id = ANY(:ids)"),
            {"round_id": round_id, "ids": order_ids},
        )
        await self.session.commit()
        return result.rowcount


@router.get("/districts/{district}/orders")
async def district_orders(
    district: str,
    day: date = Query(...),
    session: AsyncSession = Depends(get_session),
):
    repo = RoundManifestRepository(session)
    return {"district": district, "orders": await repo.undelivered_in_district(district, day)}
