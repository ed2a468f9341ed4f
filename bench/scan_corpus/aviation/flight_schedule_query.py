"""Filtered, sortable flight schedule listing for the network planning UI."""
from datetime import date

from psycopg2 import sql

SORTABLE = {
    "std": "sched_departure_utc",
    "sta": "sched_arrival_utc",
    "flight": "flight_no",
    "fleet": "aircraft_type",
}
PAGE_SIZE = 100


def build_schedule_query(origin: str | None, dest: str | None, sort: str, descending: bool):
    clauses = [sql.SQL("ops_date = %(day)s")]
    if origin:
        clauses.append(sql.SQL("origin = %(origin)s"))
    if dest:
        clauses.append(sql.SQL("destination = %(dest)s"))

    column = SORTABLE.get(sort, SORTABLE["std"])
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")

    return sql.SQL(
        "SELECT flight_no, origin, destination, sched_departure_utc, sched_arrival_utc, aircraft_type "
        "FROM flight_schedule WHERE {where} ORDER BY {column} {direction} "
        "LIMIT %(limit)s OFFSET %(offset)s"
    ).format(
        where=sql.SQL(" AND ").join(clauses),
        column=sql.Identifier(column),
        direction=direction,
    )


def fetch_schedule(conn, day: date, origin=None, dest=None, sort="std", descending=False, page=0):
    query = build_schedule_query(origin, dest, sort, descending)
    params = {
        "day": day,
        "origin": origin.upper() if origin else None,
        "dest": dest.upper() if dest else None,
        "limit": PAGE_SIZE,
        "offset": max(page, 0) * PAGE_SIZE,
    }
    with conn.cursor() as cur:
        cur.execute(query, params)
        cols = [d.name for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
