"""SQL for point-in-time joins in the offline store (Postgres).

Table and column names come from registered feature-view definitions and are
quoted as identifiers; entity ids and timestamps are always bound parameters.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from psycopg2 import sql

MAX_ENTITIES = 500


@dataclass(frozen=True)
class FeatureView:
    name: str
    table: str
    entity_column: str
    features: tuple[str, ...]


def point_in_time_query(view: FeatureView) -> sql.Composed:
    entity = sql.Identifier(view.entity_column)
    return sql.SQL(
        "SELECT DISTINCT ON ({entity}) {entity}, {cols} FROM {table} "
        "WHERE {entity} = ANY(%(ids)s) AND event_timestamp <= %(as_of)s "
        "ORDER BY {entity}, event_timestamp DESC"
    ).format(
        entity=entity,
        cols=sql.SQL(", ").join(sql.Identifier(f) for f in view.features),
        table=sql.Identifier(*view.table.split(".", 1)),
    )


def lookup(conn, view: FeatureView, entity_ids: list[str],
           as_of: dt.datetime | None = None) -> dict[str, dict]:
    if not entity_ids:
        return {}
    if len(entity_ids) > MAX_ENTITIES:
        raise ValueError(f"at most {MAX_ENTITIES} entities per lookup")
    params = {
        "ids": list(entity_ids),
        "as_of": as_of or dt.datetime.now(dt.timezone.utc),
    }
    with conn.cursor() as cur:
        cur.execute(point_in_time_query(view), params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    return {str(r[view.entity_column]): {f: r[f] for f in view.features} for r in rows}
