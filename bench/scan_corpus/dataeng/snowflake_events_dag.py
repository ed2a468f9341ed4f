"""Daily load of raw web events from the external stage into Snowflake."""
from datetime import datetime, timedelta

import snowflake.connector
from airflow import DAG
from airflow.operators.python import PythonOperator

SNOWFLAKE_CONN = {
    "account": "acme-eu1",
    "user": "ETL_LOADER",
    "password": "Lo4der#Snowfl4ke-2023",
    "warehouse": "LOAD_WH",
    "database": "RAW",
    "schema": "EVENTS",
    "role": "LOADER",
}

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}


def load_events(ds: str, **_) -> None:
    conn = snowflake.connector.connect(**SNOWFLAKE_CONN)
    try:
        cur = conn.cursor()
        cur.execute("CALL RAW.EVENTS.LOAD_DAILY_EVENTS(%s)", (ds,))
        cur.execute("SELECT COUNT(*) FROM RAW.EVENTS.WEB_EVENTS WHERE EVENT_DATE = %s", (ds,))
        (count,) = cur.fetchone()
        if count == 0:
            raise ValueError(f"no events loaded for {ds}")
    finally:
        conn.close()


with DAG(
    dag_id="snowflake_web_events_daily",
    start_date=datetime(2023, 1, 1),
    schedule="30 2 * * *",
    catchup=False,
    default_args=default_args,
    tags=["snowflake", "events"],
) as dag:
    PythonOperator(task_id="load_events", python_callable=load_events)
