import sqlite3
from enum import Enum


class ReadingOrder(str, Enum):
    taken = "r.taken_at"
    station = "s.name"
    rainfall = "r.rainfall_mm"


def rainfall_readings(conn: sqlite3.Connection, order_by: str, since: str):
    column = ReadingOrder.__members__.get(order_by, ReadingOrder.taken).value
    sql = f"SELECT s.name, r.taken_at, r.rainfall_mm FROM readings r JOIN stations s ON s.id = r.station_id WHERE r.taken_at >= ? ORDER BY {column}"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (since,)).fetchall()


def rainfall_by_member(conn: sqlite3.Connection, order_by: str, since: str):
    # ok: sql-injection-formatted-query
    return conn.execute(f"SELECT r.taken_at FROM readings r WHERE r.taken_at >= ? ORDER BY {ReadingOrder.__members__[order_by].value}", (since,)).fetchall()


def rainfall_unchecked(conn: sqlite3.Connection, order_by: str, since: str):
    column = ReadingOrder.__members__.get(order_by, ReadingOrder.taken).value if order_by else order_by
    sql = f"SELECT s.name, r.taken_at FROM readings r JOIN stations s ON s.id = r.station_id WHERE r.taken_at >= ? ORDER BY {column}"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (since,)).fetchall()


def rainfall_raw_order(conn: sqlite3.Connection, order_by: str, since: str):
    column = ReadingOrder.__members__.get(order_by, ReadingOrder.taken).name + order_by
    sql = f"SELECT r.taken_at FROM readings r WHERE r.taken_at >= ? ORDER BY {column}"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (since,)).fetchall()
