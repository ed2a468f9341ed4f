"""Point-in-time lookups against the offline feature store (Postgres).

Used by the online fallback path of the feature API when Redis misses, and by
the backfill CLI. Entity ids arrive in the API request body.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

MAX_ENTITIES = 500


@dataclass(frozen=True)
class FeatureView:
    name: str
    table: str
    entity_column: str
    features: tuple[str, ...]


def _point_in_time_sql(view: FeatureView, entity_ids: list[str], as_of: dt.datetime) -> str:
    cols = ", ".join(view.features)
    ids = ", ".join(f"'{e}'" for e in entity_ids)
    return f"""
        SELECT DISTINCT ON ({view.entity_column}) {view.entity_column}, {cols}
        FROM {view.table}
        WHERE {view.entity_column} IN ({ids})
          AND event_timestamp <= '{as_of.isoformat()}'
        ORDER BY {view.entity_column}, event_timestamp DESC
    """


def lookup(engine: Engine, view: FeatureView, entity_ids: list[str],
           as_of: dt.datetime | None = None) -> dict[str, dict]:
    if not entity_ids:
        return {}
    if len(entity_ids) > MAX_ENTITIES:
        raise ValueError(f"at most {MAX_ENTITIES} entities per lookup")
    as_of = as_of or dt.datetime.now(dt.timezone.utc)

    query = _point_in_time_sql(view, entity_ids, as_of)
    with engine.connect() as conn:
        rows = conn.execute(text(query)).mappings().all()

    return {str(r[view.entity_column]): {f: r[f] for f in view.features} for r in rows}
