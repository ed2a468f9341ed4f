"""Daily load of order exports from the external stage into Snowflake."""
import os
from datetime import datetime, timedelta

import snowflake.connector
from airflow import DAG
from airflow.operators.python import PythonOperator

SNOWFLAKE_CONN = {
    "account": os.environ.get("SNOWFLAKE_ACCOUNT", "acme-eu1"),
    "user": os.environ.get("SNOWFLAKE_USER", "ETL_LOADER"),
    "password": os.environ["SNOWFLAKE_PASSWORD"],
    "warehouse": "LOAD_WH",
    "database": "RAW",
    "schema": "ORDERS",
    "role": "LOADER",
}

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}


def load_orders(ds: str, **_) -> None:
    conn = snowflake.connector.connect(**SNOWFLAKE_CONN)
    try:
        cur = conn.cursor()
        cur.execute("CALL RAW.ORDERS.LOAD_DAILY_ORDERS(%s)", (ds,))
        cur.execute("SELECT COUNT(*) FROM RAW.ORDERS.ORDER_HEADERS WHERE ORDER_DATE = %s", (ds,))
        (count,) = cur.fetchone()
        if count == 0:
            raise ValueError(f"no orders loaded for {ds}")
    finally:
        conn.close()


with DAG(
    dag_id="snowflake_orders_daily",
    start_date=datetime(2023, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["snowflake", "orders"],
) as dag:
    PythonOperator(task_id="load_orders", python_callable=load_orders)
