"""Collection codes for trade orders picked up from the vault counter.

When a customer chooses counter collection for a bullion or leaf order,
they are sent a short code; the counter clerk releases the parcel to
anyone who presents the code together with the order number.
"""
import hashlib
import time

import asyncpg

from goldbeater.notifications import send_sms
from goldbeater.settings import DATABASE_DSN

CODE_LENGTH = 8


def _collection_code(order_number: str) -> str:
    seed = f"{order_number}:{time.time_ns()}"
    return hashlib.sha1(seed.encode()).hexdigest()[:CODE_LENGTH].upper()


async def prepare_collection(order_number: str) -> None:
    conn = await asyncpg.connect(DATABASE_DSN)
    try:
        order = await conn.fetchrow(
            "SELECT id, contact_phone FROM trade_orders WHERE order_number = $1", order_number
        )
        if order is None:
            raise LookupError(order_number)
        code = _collection_code(order_number)
        await conn.execute(
            "UPDATE trade_orders SET collection_code = $1, status = 'awaiting_collection' WHERE id = $2",
            code,
            order["id"],
        )
    finally:
        await conn.close()
    await send_sms(order["contact_phone"], f"Order {order_number} is ready. Collection code: {code}")


async def release_parcel(order_number: str, code: str) -> bool:
    conn = await asyncpg.connect(DATABASE_DSN)
    try:
        result = await conn.execute(
            "UPDATE trade_orders SET status = 'collected' "
            "WHERE order_number = $1 AND collection_code = $2 AND status = 'awaiting_collection'",
            order_number,
            code.strip().upper(),
        )
    finally:
        await conn.close()
    return result.endswith("1")
