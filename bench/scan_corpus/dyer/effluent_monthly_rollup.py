"""Monthly roll-up of effluent readings from partitioned tables.

Readings are partitioned into one table per calendar month
(``effluent_readings_YYYY_MM``). The nightly Celery job summarises the
month just ended for the trade-effluent consent report.
"""
from datetime import date, timedelta

from celery import shared_task
from sqlalchemy import text

from dyer.db import engine
from dyer.settings import CONSENT_LIMITS


def partition_name(month_start: date) -> str:
    return f"effluent_readings_{month_start.year:04d}_{month_start.month:02d}"


def previous_month(today: date) -> date:
    first_this_month = today.replace(day=1)
    return (first_this_month - timedelta(days=1)).replace(day=1)


def summarise(month_start: date) -> list[dict]:
    table = partition_name(month_start)
    sql = text(
        f"SELECT probe_id, avg(ph) AS ph_avg, max(cod_mg_l) AS cod_max, max(colour_hazen) AS colour_max, "
        f"count(*) FILTER (WHERE cod_mg_l > :cod_limit) AS cod_exceedances "
        f"FROM {table} GROUP BY probe_id ORDER BY probe_id"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"cod_limit": CONSENT_LIMITS["cod_mg_l"]}).mappings().all()
    return [dict(r) for r in rows]


@shared_task(name="effluent.monthly_rollup")
def monthly_rollup() -> int:
    month_start = previous_month(date.today())
    summary = summarise(month_start)
    with engine.begin() as conn:
        for row in summary:
            conn.execute(
                text(
                    "INSERT INTO effluent_monthly (month, probe_id, ph_avg, cod_max, colour_max, cod_exceedances) "
                    "VALUES (:m, :probe_id, :ph_avg, :cod_max, :colour_max, :cod_exceedances)"
                ),
                {"m": month_start, **row},
            )
    return len(summary)
