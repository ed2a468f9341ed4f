"""Pipeline step: pull raw events for one tenant and write them to parquet."""
import argparse
import logging
import pathlib

import pandas as pd
import sqlalchemy

log = logging.getLogger("export.events")


def load_events(engine, tenant: str, since: str) -> pd.DataFrame:
    query = f"""
        SELECT event_id, user_id, event_type, created_at
        FROM events
        WHERE tenant_slug = '{tenant}'
          AND created_at >= '{since}'
        ORDER BY created_at
    """
    return pd.read_sql(query, engine, parse_dates=["created_at"])


def main(argv=None):
    parser = argparse.ArgumentParser(description="Export tenant events to parquet")
    parser.add_argument("--dsn", required=True, help="SQLAlchemy database URL")
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--since", required=True, help="ISO date, inclusive")
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("events.parquet"))
    args = parser.parse_args(argv)

    engine = sqlalchemy.create_engine(args.dsn)
    frame = load_events(engine, args.tenant, args.since)
    log.info("exporting %d rows for %s", len(frame), args.tenant)
    frame.to_parquet(args.out, index=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
