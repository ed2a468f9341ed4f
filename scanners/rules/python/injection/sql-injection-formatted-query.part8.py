import enum
from datetime import date
from enum import Enum

import psycopg
from flask import abort


class Metal(str, enum.Enum):
    COPPER = "copper"
    TIN = "tin"

    @property
    def table(self) -> str:
        return f"price_archive_{self.value}"


def price_on(conn, metal: Metal, day: date):
    # ok: sql-injection-formatted-query
    sql = f"SELECT gbp_per_tonne FROM {metal.table} WHERE quoted_on <= %s ORDER BY quoted_on DESC LIMIT 1"
    return conn.execute(sql, (day,)).fetchone()


def price_in(conn, metal: str, day: date):
    sql = f"SELECT gbp_per_tonne FROM price_archive_{metal} WHERE quoted_on <= %s"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (day,)).fetchone()


class Ledger(Enum):
    RODS = "ledger_rods"
    BOLTS = "ledger_bolts"


def export_rows(cur, kind: str, start: date, end: date) -> list:
    try:
        table = Ledger[kind.upper()].value
    except KeyError:
        abort(404)
    # ok: sql-injection-formatted-query
    cur.execute(f"SELECT item, quantity FROM {table} WHERE entry_date BETWEEN %s AND %s", (start, end))
    return cur.fetchall()


def export_raw_rows(cur, kind: str, start: date, end: date) -> list:
    try:
        Ledger[kind.upper()]
    except KeyError:
        abort(404)
    # ruleid: sql-injection-formatted-query
    cur.execute(f"SELECT item, quantity FROM ledger_{kind} WHERE entry_date BETWEEN %s AND %s", (start, end))
    return cur.fetchall()


class SortColumn(str, Enum):
    received = "received_on"
    promised = "promised_on"


def order_clause(sort: str, descending: bool) -> str:
    column = SortColumn[sort].value if sort in SortColumn.__members__ else SortColumn.promised.value
    direction = "DESC" if descending else "ASC"
    # ok: sql-injection-formatted-query
    return f"ORDER BY {column} {direction}, ticket_id"


def raw_order_clause(sort: str, descending: bool) -> str:
    column = sort if sort in SortColumn.__members__ else SortColumn.promised.value
    # ruleid: sql-injection-formatted-query
    return f"ORDER BY {column}, ticket_id"
