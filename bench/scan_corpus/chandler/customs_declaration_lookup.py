"""Lookup of ship's stores declarations for the customs desk, searchable by
a choice of reference fields (declaration number, MRN, vessel IMO).
"""
from dataclasses import dataclass

import psycopg
from psycopg import sql
from psycopg.rows import class_row

SEARCHABLE_FIELDS = frozenset({"declaration_no", "mrn", "vessel_imo", "agent_reference"})


@dataclass
class DeclarationSummary:
    declaration_no: str
    mrn: str | None
    vessel_imo: str
    port_code: str
    status: str
    lodged_at: str | None


def find_declarations(
    conn: psycopg.Connection, field: str, value: str, limit: int = 50
) -> list[DeclarationSummary]:
    if field not in SEARCHABLE_FIELDS:
        raise ValueError(f"cannot search by {field!r}")
    query = sql.SQL(
        "SELECT declaration_no, mrn, vessel_imo, port_code, status, lodged_at::text "
        "FROM stores_declarations WHERE {field} = %s "
        "ORDER BY lodged_at DESC NULLS FIRST LIMIT %s"
    ).format(field=sql.Identifier(field))
    with conn.cursor(row_factory=class_row(DeclarationSummary)) as cur:
        cur.execute(query, (value, limit))
        return cur.fetchall()


def declarations_for_port_call(
    conn: psycopg.Connection, port_call_ids: list[int]
) -> list[DeclarationSummary]:
    with conn.cursor(row_factory=class_row(DeclarationSummary)) as cur:
        cur.execute(
            "SELECT declaration_no, mrn, vessel_imo, port_code, status, lodged_at::text "
            "FROM stores_declarations WHERE port_call_id = ANY(%s)",
            (port_call_ids,),
        )
        return cur.fetchall()


def mark_lodged(conn: psycopg.Connection, declaration_no: str, mrn: str) -> None:
    with conn.transaction():
        conn.execute(
            "UPDATE stores_declarations SET mrn = %s, status = 'lodged', lodged_at = now() "
            "WHERE declaration_no = %s",
            (mrn, declaration_no),
        )
