"""Price history charts for the resale marketplace.

Sellers see how comparable listings have traded so they can set an ask
price; the chart groups completed resales by day or by hour.
"""
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

_BUCKETS = {"day": "day", "hour": "hour"}
_METRICS = {
    "median": "percentile_cont(0.5) WITHIN GROUP (ORDER BY r.sale_price_cents)",
    "avg": "avg(r.sale_price_cents)",
    "min": "min(r.sale_price_cents)",
}


def _history_sql(bucket: str, metric: str) -> str:
    trunc = _BUCKETS[bucket]
    agg = _METRICS[metric]
    return f"""
        SELECT date_trunc('{trunc}', r.sold_at) AS bucket,
               {agg} AS price_cents,
               count(*) AS trades
        FROM resales r
        JOIN seats s ON s.id = r.seat_id
        WHERE r.event_id = :event_id
          AND s.section_code = :section
          AND r.sold_at >= :since
        GROUP BY 1
        ORDER BY 1
    """


def price_history(
    engine: Engine, event_id: int, section: str, bucket: str = "day",
    metric: str = "median", days: int = 14,
) -> list[dict]:
    if bucket not in _BUCKETS or metric not in _METRICS:
        raise ValueError("unsupported bucket or metric")
    since = datetime.now(timezone.utc) - timedelta(days=min(days, 90))
    with engine.connect() as conn:
        rows = conn.execute(
            text(_history_sql(bucket, metric)),
            {"event_id": event_id, "section": section, "since": since},
        )
        return [dict(r._mapping) for r in rows]
