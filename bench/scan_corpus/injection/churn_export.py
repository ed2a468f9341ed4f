"""Pipeline step: export cancelled subscriptions for one tenant to CSV."""
import argparse
import logging
import pathlib

import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("export.churn")

CHURN_QUERY = sa.text(
    """
    SELECT s.id, s.customer_id, s.plan, s.cancelled_at, s.cancel_reason
    FROM subscriptions s
    WHERE s.tenant_slug = :tenant
      AND s.cancelled_at >= :since
    ORDER BY s.cancelled_at
    """
)


def load_churn(engine, tenant: str, since: str) -> pd.DataFrame:
    return pd.read_sql(CHURN_QUERY, engine, params={"tenant": tenant, "since": since}, parse_dates=["cancelled_at"])


def main(argv=None):
    parser = argparse.ArgumentParser(description="Export churned subscriptions")
    parser.add_argument("--dsn", required=True, help="SQLAlchemy database URL")
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--since", required=True, help="ISO date, inclusive")
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("churn.csv"))
    args = parser.parse_args(argv)

    engine = sa.create_engine(args.dsn)
    frame = load_churn(engine, args.tenant, args.since)
    log.info("exporting %d rows for %s", len(frame), args.tenant)
    frame.to_csv(args.out, index=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
