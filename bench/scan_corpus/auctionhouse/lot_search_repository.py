"""Catalogue search used by the public lot browser and the saleroom screens."""

from dataclasses import dataclass

LOT_QUERY = """
    SELECT l.id, l.sale_code, l.lot_number, l.title, l.maker, l.low_estimate, l.high_estimate
      FROM lots l
      JOIN sales s ON s.code = l.sale_code
     WHERE s.published AND {where}
     ORDER BY l.sale_code, l.lot_number
     LIMIT 200
"""


@dataclass
class LotRow:
    id: int
    sale_code: str
    lot_number: int
    title: str
    maker: str | None
    low_estimate: int | None
    high_estimate: int | None


def _build_filters(criteria: dict) -> str:
    clauses = ["TRUE"]
    if criteria.get("sale_code"):
        clauses.append("l.sale_code = '%s'" % criteria["sale_code"])
    if criteria.get("maker"):
        clauses.append("l.maker ILIKE '%%%s%%'" % criteria["maker"])
    if criteria.get("max_estimate") is not None:
        clauses.append("l.low_estimate <= %d" % int(criteria["max_estimate"]))
    return " AND ".join(clauses)


class LotSearchRepository:
    def __init__(self, conn):
        self._conn = conn

    def search(self, criteria: dict, limit: int = 50) -> list[LotRow]:
        sql = LOT_QUERY.format(where=_build_filters(criteria))
        with self._conn.cursor() as cur:
            cur.execute(sql)
            return [LotRow(*row) for row in cur.fetchmany(limit)]
