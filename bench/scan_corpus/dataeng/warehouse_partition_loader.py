"""Reload one date partition of a Redshift fact table from its staging copy.

Called by the ``reload_partition`` DAG. Operators trigger the DAG from the
Airflow UI with a conf like ``{"dataset": "orders", "run_date": "2024-03-01"}``.
"""
from __future__ import annotations

import logging
import os

import psycopg2
from psycopg2 import sql

log = logging.getLogger(__name__)

# dataset name -> (schema, fact table, staging table)
DATASETS = {
    "orders": ("analytics", "fct_orders", "stg_orders"),
    "payments": ("analytics", "fct_payments", "stg_payments"),
    "refunds": ("analytics", "fct_refunds", "stg_refunds"),
}


def _connect():
    return psycopg2.connect(
        host=os.environ["REDSHIFT_HOST"],
        port=int(os.environ.get("REDSHIFT_PORT", "5439")),
        dbname=os.environ["REDSHIFT_DB"],
        user=os.environ["REDSHIFT_USER"],
        password=os.environ["REDSHIFT_PASSWORD"],
        sslmode="verify-full",
    )


def _delete_partition(schema: str, table: str, run_date: str) -> sql.Composed:
    return sql.SQL("DELETE FROM {}.{} WHERE load_date = '" + run_date + "'").format(
        sql.Identifier(schema), sql.Identifier(table)
    )


def _insert_partition(schema: str, table: str, staging: str) -> sql.Composed:
    return sql.SQL("INSERT INTO {}.{} SELECT * FROM staging.{} WHERE load_date = %s").format(
        sql.Identifier(schema), sql.Identifier(table), sql.Identifier(staging)
    )


def reload_partition(**context) -> int:
    conf = context["dag_run"].conf or {}
    schema, table, staging = DATASETS[conf["dataset"]]
    run_date = conf["run_date"]

    with _connect() as conn, conn.cursor() as cur:
        cur.execute(_delete_partition(schema, table, run_date))
        removed = cur.rowcount
        cur.execute(_insert_partition(schema, table, staging), (run_date,))
        inserted = cur.rowcount

    log.info("%s.%s %s: removed %d rows, inserted %d", schema, table, run_date, removed, inserted)
    return inserted
