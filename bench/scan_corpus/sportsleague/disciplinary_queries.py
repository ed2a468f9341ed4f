"""Queries behind the disciplinary records screen for league admins."""
from __future__ import annotations

from datetime import date

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "date": "h.hearing_date",
    "player": "p.surname",
    "club": "c.name",
    "ban": "d.games_banned",
}


def build_records_query(club_id: int | None, since: date | None, sort: str, descending: bool):
    conditions = [sql.SQL("TRUE")]
    params: dict[str, object] = {}
    if club_id is not None:
        conditions.append(sql.SQL("c.id = %(club_id)s"))
        params["club_id"] = club_id
    if since is not None:
        conditions.append(sql.SQL("h.hearing_date >= %(since)s"))
        params["since"] = since

    table, column = SORTABLE.get(sort, SORTABLE["date"]).split(".")
    query = sql.SQL(
        "SELECT d.id, p.first_name, p.surname, c.name AS club, h.hearing_date, "
        "d.offence_code, d.games_banned, d.fine_pence "
        "FROM disciplinary_records d "
        "JOIN players p ON p.id = d.player_id "
        "JOIN clubs c ON c.id = p.club_id "
        "JOIN hearings h ON h.id = d.hearing_id "
        "WHERE {where} ORDER BY {order} {direction} LIMIT 500"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        order=sql.Identifier(table, column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, params


def fetch_records(conn, club_id=None, since=None, sort="date", descending=True) -> list[dict]:
    query, params = build_records_query(club_id, since, sort, descending)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
