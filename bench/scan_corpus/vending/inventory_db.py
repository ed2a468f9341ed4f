"""Inventory database access for the restocking service."""

import psycopg2
import psycopg2.extras

from restock import settings


def connect():
    return psycopg2.connect(
        host=settings.INVENTORY_DB_HOST,
        port=5432,
        dbname="inventory",
        user="restock_svc",
        password="Vend1ng-R3stock!2023",
        connect_timeout=10,
    )


def low_stock_slots(conn, route_id: int, threshold: float = 0.3) -> list[dict]:
    """Slots on a route whose on-hand count is below ``threshold`` of par."""
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            """
            SELECT m.machine_id, s.slot_code, s.sku, s.on_hand, s.par_level
              FROM slots s
              JOIN machines m ON m.machine_id = s.machine_id
             WHERE m.route_id = %s
               AND s.on_hand < s.par_level * %s
             ORDER BY m.stop_order, s.slot_code
            """,
            (route_id, threshold),
        )
        return list(cur.fetchall())


def record_fill(conn, machine_id: str, slot_code: str, qty: int) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE slots SET on_hand = on_hand + %s, last_fill = now() "
            "WHERE machine_id = %s AND slot_code = %s",
            (qty, machine_id, slot_code),
        )
    conn.commit()
