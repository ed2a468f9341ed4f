"""Data access for parts supplied by external vendors.

Used by the purchasing screen to look up part availability and supplier
pricing by supplier code and part family.
"""
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from psycopg.rows import dict_row

from clockmaker.settings import DATABASE_DSN


@dataclass
class PartOffer:
    supplier_code: str
    part_number: str
    description: str
    unit_price: Decimal
    in_stock: int


class SupplierPartsRepository:
    base_query = (
        "SELECT s.code AS supplier_code, p.part_number, p.description, "
        "o.unit_price, o.in_stock "
        "FROM part_offers o "
        "JOIN suppliers s ON s.id = o.supplier_id "
        "JOIN parts p ON p.id = o.part_id "
    )

    def __init__(self, dsn: str = DATABASE_DSN):
        self.dsn = dsn

    def _fetch(self, sql: str, params=None) -> list[PartOffer]:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [PartOffer(**row) for row in rows]

    def offers_for_family(self, supplier_code: str, family: str) -> list[PartOffer]:
        sql = self.base_query + "WHERE s.code = '{code}' AND p.family = '{family}' ORDER BY o.unit_price".format(
            code=supplier_code, family=family
        )
        return self._fetch(sql)

    def cheapest(self, part_number: str) -> PartOffer | None:
        offers = self._fetch(
            self.base_query + "WHERE p.part_number = %s AND o.in_stock > 0 ORDER BY o.unit_price LIMIT 1",
            (part_number,),
        )
        return offers[0] if offers else None
