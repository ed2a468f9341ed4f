"""Campaign performance queries for the agency reporting API (psycopg 3)."""
from datetime import date

from psycopg import sql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

SORTABLE = {
    "impressions": "impressions",
    "clicks": "clicks",
    "spend": "spend_micros",
    "ctr": "ctr",
}

_BASE = sql.SQL(
    """
    SELECT campaign_id,
           SUM(impressions)   AS impressions,
           SUM(clicks)        AS clicks,
           SUM(spend_micros)  AS spend_micros,
           CASE WHEN SUM(impressions) = 0 THEN 0
                ELSE SUM(clicks)::float / SUM(impressions) END AS ctr
      FROM {table}
     WHERE advertiser_id = ANY(%(advertisers)s)
       AND day BETWEEN %(start)s AND %(end)s
  GROUP BY campaign_id
  ORDER BY {order} {direction}
     LIMIT %(limit)s
    """
)


class CampaignStatsRepo:
    def __init__(self, pool: ConnectionPool, table: str = "campaign_stats_daily"):
        self._pool = pool
        self._table = table

    def top_campaigns(
        self,
        advertiser_ids: list[int],
        start: date,
        end: date,
        sort: str = "spend",
        descending: bool = True,
        limit: int = 50,
    ) -> list[dict]:
        column = SORTABLE.get(sort)
        if column is None:
            raise ValueError(f"cannot sort by {sort!r}")
        query = _BASE.format(
            table=sql.Identifier(self._table),
            order=sql.Identifier(column),
            direction=sql.SQL("DESC" if descending else "ASC"),
        )
        params = {"advertisers": advertiser_ids, "start": start, "end": end, "limit": min(limit, 500)}
        with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall()
