"""Pallet inventory queries for the cold store, per temperature zone.

Each zone keeps its pallets in its own table (the blast-freezer table has
extra columns for freeze-down progress), so the table name depends on the
zone the warehouse app is browsing.
"""
from enum import Enum

import psycopg
from psycopg.rows import dict_row


class Zone(str, Enum):
    BLAST = "blast"
    FROZEN = "frozen"
    CHILLED = "chilled"


ZONE_TABLES = {
    Zone.BLAST: "blast_freezer_pallets",
    Zone.FROZEN: "frozen_store_pallets",
    Zone.CHILLED: "chiller_pallets",
}


class PalletInventory:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _table(self, zone: str) -> str:
        return ZONE_TABLES[Zone(zone)]

    def pallets_for_tenant(self, zone: str, tenant_id: int, product_like: str | None = None) -> list[dict]:
        table = self._table(zone)
        sql = f"SELECT pallet_no, tenant_id, product, weight_kg, slot, checked_in_at FROM {table} WHERE tenant_id = %s"
        params: list = [tenant_id]
        if product_like:
            sql += " AND product ILIKE %s"
            params.append(f"%{product_like}%")
        sql += " ORDER BY checked_in_at DESC"
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()

    def occupancy(self, zone: str) -> dict:
        table = self._table(zone)
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            row = conn.execute(
                f"SELECT count(*) AS pallets, coalesce(sum(weight_kg), 0) AS kg FROM {table} WHERE checked_out_at IS NULL"
            ).fetchone()
        return {"zone": zone, **row}

    def check_out(self, zone: str, pallet_no: str, tenant_id: int) -> bool:
        table = self._table(zone)
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                f"UPDATE {table} SET checked_out_at = now() WHERE pallet_no = %s AND tenant_id = %s "
                "AND checked_out_at IS NULL",
                (pallet_no, tenant_id),
            )
            return cur.rowcount == 1
