"""Yarn stock lookups for the knitting floor and the purchasing team."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Iterator

DEFAULT_DB = "/var/lib/hosier/yarn.db"


@dataclass
class YarnLot:
    lot_no: str
    fibre: str
    colourway: str
    count_nm: str
    kg_on_hand: float
    bin_location: str


class YarnStockRepository:
    def __init__(self, path: str = DEFAULT_DB):
        self.path = path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    def _rows(self, sql: str, params: tuple = ()) -> Iterator[YarnLot]:
        with closing(self._conn()) as conn:
            for row in conn.execute(sql, params):
                yield YarnLot(**dict(row))

    def by_lot(self, lot_no: str) -> YarnLot | None:
        return next(self._rows(
            "SELECT lot_no, fibre, colourway, count_nm, kg_on_hand, bin_location "
            "FROM yarn_lots WHERE lot_no = ?", (lot_no,)), None)

    def search(self, colour: str, fibre: str | None = None, min_kg: float = 0.0) -> list[YarnLot]:
        sql = (
            "SELECT lot_no, fibre, colourway, count_nm, kg_on_hand, bin_location FROM yarn_lots "
            f"WHERE colourway LIKE '%{colour}%' AND kg_on_hand >= ?"
        )
        params: tuple = (min_kg,)
        if fibre:
            sql += " AND fibre = ?"
            params += (fibre,)
        return list(self._rows(sql + " ORDER BY kg_on_hand DESC", params))

    def low_stock(self, threshold_kg: float = 5.0) -> list[YarnLot]:
        return list(self._rows(
            "SELECT lot_no, fibre, colourway, count_nm, kg_on_hand, bin_location "
            "FROM yarn_lots WHERE kg_on_hand < ? ORDER BY kg_on_hand", (threshold_kg,)))


def handle_search(args: dict) -> list[dict]:
    """Called by the stock room kiosk with the query-string arguments."""
    repo = YarnStockRepository()
    lots = repo.search(args.get("colour", ""), args.get("fibre"), float(args.get("min_kg", 0)))
    return [lot.__dict__ for lot in lots]
