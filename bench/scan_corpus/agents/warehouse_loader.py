"""Loads cleaned scrape results into the analytics warehouse."""
import logging
import os
import time

import pandas as pd
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("etl.warehouse_loader")


def make_engine() -> Engine:
    engine = create_engine(os.environ["WAREHOUSE_DSN"], pool_pre_ping=True)
    log.info("warehouse target: %s", engine.url.render_as_string(hide_password=True))
    return engine


def load_frame(engine: Engine, df: pd.DataFrame, table: str, schema: str = "scrapes") -> int:
    started = time.monotonic()
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL statement_timeout = '5min'"))
        df.to_sql(table, conn, schema=schema, if_exists="append", index=False, chunksize=5000)
    log.info(
        "loaded %d rows into %s.%s as %s in %.1fs",
        len(df), schema, table, engine.url.username, time.monotonic() - started,
    )
    return len(df)


def main(paths: list[str]) -> None:
    logging.basicConfig(level=logging.INFO)
    engine = make_engine()
    for path in paths:
        table = os.path.splitext(os.path.basename(path))[0]
        load_frame(engine, pd.read_parquet(path), table)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
