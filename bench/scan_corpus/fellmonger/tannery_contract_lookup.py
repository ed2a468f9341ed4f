"""Lookup of forward contracts between the yard and tanneries, with dynamic filters."""
from dataclasses import dataclass

import psycopg
from psycopg import sql

from fellmonger.settings import DATABASE_DSN

FILTERABLE = ("tannery_id", "species", "grade", "status")


@dataclass
class ContractFilter:
    field: str
    value: str


def build_contract_query(filters: list[ContractFilter], order_by: str) -> tuple[sql.Composed, list]:
    conditions = []
    params = []
    for flt in filters:
        if flt.field not in FILTERABLE:
            raise ValueError(f"cannot filter on {flt.field}")
        conditions.append(sql.SQL("{} = %s").format(sql.Identifier(flt.field)))
        params.append(flt.value)
    where = sql.SQL(" AND ").join(conditions) if conditions else sql.SQL("TRUE")
    query = sql.SQL(
        "SELECT id, tannery_id, species, grade, pieces_per_month, price_cents, status "
        "FROM contracts WHERE {where} ORDER BY {order}"
    ).format(where=where, order=sql.Identifier(order_by))
    return query, params


def find_contracts(raw_filters: dict[str, str], order_by: str = "id") -> list[tuple]:
    filters = [ContractFilter(k, v) for k, v in raw_filters.items()]
    if order_by not in FILTERABLE + ("id", "price_cents"):
        order_by = "id"
    query, params = build_contract_query(filters, order_by)
    with psycopg.connect(DATABASE_DSN) as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def expiring_contracts(days: int) -> list[tuple]:
    with psycopg.connect(DATABASE_DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, tannery_id, ends_on FROM contracts "
            "WHERE status = 'active' AND ends_on < now() + make_interval(days => %s)",
            (days,),
        )
        return cur.fetchall()
