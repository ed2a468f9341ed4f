"""Timber stock queries for the poplar and willow blanks used to carve clogs."""

import pymysql
import pymysql.cursors

from clogmaker.config import settings


def _connect():
    return pymysql.connect(
        host=settings.STOCK_DB_HOST,
        user=settings.STOCK_DB_USER,
        password=settings.STOCK_DB_PASSWORD,
        database=settings.STOCK_DB_NAME,
        cursorclass=pymysql.cursors.DictCursor,
    )


def blanks_by_batch(batch_codes: list[str]) -> list[dict]:
    if not batch_codes:
        return []
    placeholders = ", ".join(["%s"] * len(batch_codes))
    query = (
        "SELECT batch_code, species, moisture_pct, blanks_remaining, received_on "
        f"FROM wood_batches WHERE batch_code IN ({placeholders}) ORDER BY received_on"
    )
    conn = _connect()
    try:
        with conn.cursor() as cur:
            cur.execute(query, batch_codes)
            return list(cur.fetchall())
    finally:
        conn.close()


def reserve_blanks(batch_code: str, count: int, order_id: int) -> bool:
    conn = _connect()
    try:
        with conn.cursor() as cur:
            updated = cur.execute(
                "UPDATE wood_batches SET blanks_remaining = blanks_remaining - %s "
                "WHERE batch_code = %s AND blanks_remaining >= %s",
                (count, batch_code, count),
            )
            if updated:
                cur.execute(
                    "INSERT INTO blank_reservations (batch_code, order_id, blanks) VALUES (%s, %s, %s)",
                    (batch_code, order_id, count),
                )
        conn.commit()
        return bool(updated)
    finally:
        conn.close()
