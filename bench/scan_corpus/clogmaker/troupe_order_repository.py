"""Data access for dance-troupe group orders (async SQLAlchemy)."""

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from clogmaker.db import get_session

router = APIRouter(prefix="/troupes")


class TroupeOrderRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def orders_for_troupe(self, troupe_code: str) -> list[dict]:
        statement = text(
            "SELECT o.id, o.status, o.colour, o.created_at, count(m.id) AS dancers "
            "FROM group_orders o LEFT JOIN group_order_members m ON m.order_id = o.id "
            f"WHERE o.troupe_code = '{troupe_code}' "
            "GROUP BY o.id ORDER BY o.created_at DESC"
        )
        result = await self.session.execute(statement)
        return [dict(row._mapping) for row in result]

    async def size_breakdown(self, order_id: int) -> list[dict]:
        result = await self.session.execute(
            text(
                "SELECT eu_size, width_fitting, count(*) AS pairs FROM group_order_members "
                "WHERE order_id = :order_id GROUP BY eu_size, width_fitting ORDER BY eu_size"
            ),
            {"order_id": order_id},
        )
        return [dict(row._mapping) for row in result]


def get_repository(session: AsyncSession = Depends(get_session)) -> TroupeOrderRepository:
    return TroupeOrderRepository(session)


@router.get("/{troupe_code}/orders")
async def list_troupe_orders(troupe_code: str, repo: TroupeOrderRepository = Depends(get_repository)):
    orders = await repo.orders_for_troupe(troupe_code)
    if not orders:
        raise HTTPException(status_code=404, detail="No orders for this troupe")
    return {"troupe": troupe_code, "orders": orders}


@router.get("/orders/{order_id}/sizes")
async def order_sizes(order_id: int, repo: TroupeOrderRepository = Depends(get_repository)):
    return {"order_id": order_id, "sizes": await repo.size_breakdown(order_id)}
