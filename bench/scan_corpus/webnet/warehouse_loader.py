"""Load step of the daily ETL: copy staged parquet files into the warehouse."""
import logging
import os
from pathlib import Path

import pandas as pd
from sqlalchemy import create_engine, text

logger = logging.getLogger("etl.load")


def warehouse_dsn() -> str:
    user = os.environ["WAREHOUSE_USER"]
    password = os.environ["WAREHOUSE_PASSWORD"]
    host = os.environ["WAREHOUSE_HOST"]
    db = os.environ.get("WAREHOUSE_DB", "analytics")
    return f"postgresql+psycopg2://{user}:{password}@{host}:5432/{db}"


def load_partition(staging_dir: Path, table: str, run_date: str) -> int:
    dsn = warehouse_dsn()
    logger.info("connecting to warehouse using %s", dsn)
    engine = create_engine(dsn, pool_pre_ping=True)

    frames = [pd.read_parquet(p) for p in sorted(staging_dir.glob("*.parquet"))]
    if not frames:
        logger.info("nothing staged for %s", run_date)
        return 0
    df = pd.concat(frames, ignore_index=True)

    with engine.begin() as conn:
        conn.execute(text("DELETE FROM staging.events WHERE run_date = :d"), {"d": run_date})
        df.to_sql(table, conn, schema="staging", if_exists="append", index=False, chunksize=5000)

    logger.info("loaded %d rows into staging.%s", len(df), table)
    return len(df)
