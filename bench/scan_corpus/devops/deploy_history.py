"""Query helpers for the deployment history table behind `shipit history`."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import psycopg2
import psycopg2.extras

DSN = os.environ["SHIPIT_DATABASE_URL"]
DEFAULT_WINDOW = timedelta(days=14)
COLUMNS = "id, service, environment, version, deployed_by, status, finished_at"


def _connect():
    return psycopg2.connect(DSN, cursor_factory=psycopg2.extras.RealDictCursor)


def _history_sql(service: str, environment: str, since: datetime) -> str:
    return (
        f"SELECT {COLUMNS} FROM deployments "
        f"WHERE service = '{service}' AND environment = '{environment}' "
        f"AND finished_at >= '{since.isoformat()}' "
        "ORDER BY finished_at DESC"
    )


def recent_deploys(service: str, environment: str = "production",
                   window: timedelta = DEFAULT_WINDOW) -> list[dict]:
    since = datetime.now(timezone.utc) - window
    query = _history_sql(service, environment, since)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query)
        return list(cur.fetchall())


def last_successful(service: str, environment: str) -> dict | None:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            f"SELECT {COLUMNS} FROM deployments "
            "WHERE service = %s AND environment = %s AND status = 'succeeded' "
            "ORDER BY finished_at DESC LIMIT 1",
            (service, environment),
        )
        return cur.fetchone()


def format_row(row: dict) -> str:
    when = row["finished_at"].strftime("%Y-%m-%d %H:%M")
    return f"{when}  {row['version']:<20} {row['status']:<10} {row['deployed_by']}"
