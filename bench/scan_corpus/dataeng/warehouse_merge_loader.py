"""Merge a day of staged rows into the Postgres reporting warehouse.

The ``merge_partition`` task receives the dataset and run date from
``dag_run.conf`` when operators backfill from the Airflow UI.
"""
from __future__ import annotations

import logging
import os

import psycopg2
from psycopg2 import sql

log = logging.getLogger(__name__)

# dataset name -> (schema, target table, staging table, key columns)
DATASETS = {
    "orders": ("reporting", "orders", "stg_orders", ("order_id",)),
    "order_lines": ("reporting", "order_lines", "stg_order_lines", ("order_id", "line_no")),
}


def _connect():
    return psycopg2.connect(os.environ["WAREHOUSE_DSN"], sslmode="verify-full")


def _merge_statement(schema: str, target: str, staging: str, keys: tuple[str, ...]) -> sql.Composed:
    join = sql.SQL(" AND ").join(
        sql.SQL("t.{k} = s.{k}").format(k=sql.Identifier(k)) for k in keys
    )
    return sql.SQL(
        "DELETE FROM {schema}.{target} t USING staging.{staging} s "
        "WHERE {join} AND s.load_date = %(run_date)s"
    ).format(
        schema=sql.Identifier(schema),
        target=sql.Identifier(target),
        staging=sql.Identifier(staging),
        join=join,
    )


def _insert_statement(schema: str, target: str, staging: str) -> sql.Composed:
    return sql.SQL("INSERT INTO {}.{} SELECT * FROM staging.{} WHERE load_date = %(run_date)s").format(
        sql.Identifier(schema), sql.Identifier(target), sql.Identifier(staging)
    )


def merge_partition(**context) -> int:
    conf = context["dag_run"].conf or {}
    if conf.get("dataset") not in DATASETS:
        raise ValueError(f"unknown dataset {conf.get('dataset')!r}")
    schema, target, staging, keys = DATASETS[conf["dataset"]]
    params = {"run_date": conf["run_date"]}

    with _connect() as conn, conn.cursor() as cur:
        cur.execute(_merge_statement(schema, target, staging, keys), params)
        cur.execute(_insert_statement(schema, target, staging), params)
        inserted = cur.rowcount
    log.info("merged %d rows into %s.%s for %s", inserted, schema, target, params["run_date"])
    return inserted
