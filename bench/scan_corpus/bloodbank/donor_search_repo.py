"""Donor search used by the donor records team."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

SORTABLE = {
    "surname": "d.surname",
    "last_donation": "d.last_donation_date",
    "donor_number": "d.donor_number",
}
PAGE_SIZE = 50


@dataclass
class SearchParams:
    surname_prefix: str | None = None
    blood_group: str | None = None
    postcode_area: str | None = None
    sort: str = "surname"
    descending: bool = False
    page: int = 0


def build_search(params: SearchParams) -> tuple[sql.Composed, list]:
    where, args = [], []
    if params.surname_prefix:
        where.append(sql.SQL("d.surname ILIKE %s"))
        args.append(params.surname_prefix.replace("%", r"\%") + "%")
    if params.blood_group:
        where.append(sql.SQL("d.blood_group = %s"))
        args.append(params.blood_group)
    if params.postcode_area:
        where.append(sql.SQL("d.postcode LIKE %s"))
        args.append(params.postcode_area.upper() + "%")

    order_col = SORTABLE.get(params.sort, SORTABLE["surname"])
    direction = sql.SQL("DESC" if params.descending else "ASC")
    query = sql.SQL(
        "SELECT d.id, d.donor_number, d.surname, d.forename, d.blood_group, d.last_donation_date "
        "FROM donors d {where} ORDER BY {order} {direction} LIMIT %s OFFSET %s"
    ).format(
        where=sql.SQL("WHERE ") + sql.SQL(" AND ").join(where) if where else sql.SQL(""),
        order=sql.SQL(order_col),
        direction=direction,
    )
    args.extend([PAGE_SIZE, params.page * PAGE_SIZE])
    return query, args


def search_donors(conn: psycopg.Connection, params: SearchParams) -> list[tuple]:
    query, args = build_search(params)
    with conn.cursor() as cur:
        cur.execute(query, args)
        return cur.fetchall()
