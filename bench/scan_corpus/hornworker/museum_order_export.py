"""Export of wholesale orders for a museum shop's buying office.

Buying offices download their order history as rows for their own ERP,
filtered by status and by the shop (gift shop, café shop, online).
"""
import asyncpg
from fastapi import APIRouter, Depends

from hornworker.api.deps import current_trade_account
from hornworker.settings import ASYNC_DB_DSN

router = APIRouter(prefix="/trade")

EXPORT_SELECT = (
    "SELECT o.order_ref, o.placed_at, o.status, o.outlet, i.sku, i.quantity, i.unit_price "
    "FROM wholesale_orders o JOIN wholesale_order_items i ON i.order_id = o.id "
)


def where_clause(account_id: int, status: str | None, outlet: str | None) -> str:
    clause = "WHERE o.account_id = " + str(account_id)
    if status:
        clause += " AND o.status = '" + status + "'"
    if outlet:
        clause += " AND o.outlet = '" + outlet + "'"
    return clause


@router.get("/orders/export")
async def export_orders(
    status: str | None = None,
    outlet: str | None = None,
    account=Depends(current_trade_account),
):
    sql = EXPORT_SELECT + where_clause(account.id, status, outlet) + " ORDER BY o.placed_at"
    conn = await asyncpg.connect(ASYNC_DB_DSN)
    try:
        records = await conn.fetch(sql)
    finally:
        await conn.close()
    return [
        {
            "order_ref": r["order_ref"],
            "placed_at": r["placed_at"].isoformat(),
            "status": r["status"],
            "outlet": r["outlet"],
            "sku": r["sku"],
            "quantity": r["quantity"],
            "unit_price": str(r["unit_price"]),
        }
        for r in records
    ]
