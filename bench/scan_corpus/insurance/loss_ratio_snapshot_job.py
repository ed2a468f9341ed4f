"""Actuarial batch job: quarterly loss-ratio snapshot per underwriting year.

Computes earned premium, incurred losses and loss ratios from the
warehouse and uploads a parquet snapshot for the pricing team.
"""
import argparse
import logging
import os
import tempfile
from datetime import date
from pathlib import Path

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("loss_ratio_snapshot")

SNAPSHOT_SQL = sa.text("""
    SELECT underwriting_year, line_of_business,
           SUM(earned_premium) AS earned, SUM(incurred_losses) AS incurred
    FROM uw_year_financials
    WHERE valuation_date = :valuation
    GROUP BY underwriting_year, line_of_business
""")


def compute_snapshot(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["loss_ratio"] = frame["incurred"] / frame["earned"].where(frame["earned"] != 0)
    return frame.sort_values(["line_of_business", "underwriting_year"])


def run(valuation: date) -> str:
    engine = sa.create_engine(os.environ["WAREHOUSE_URL"])
    with engine.connect() as conn:
        frame = pd.read_sql(SNAPSHOT_SQL, conn, params={"valuation": valuation})
    snapshot = compute_snapshot(frame)
    log.info("snapshot rows: %d", len(snapshot))

    key = f"pricing/loss-ratios/{valuation:%Y-%m-%d}.parquet"
    with tempfile.TemporaryDirectory(prefix="loss_ratio_") as workdir:
        scratch = Path(workdir) / "snapshot.parquet"
        snapshot.to_parquet(scratch)
        boto3.client("s3").upload_file(str(scratch), os.environ["PRICING_BUCKET"], key)
    return key


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--valuation", type=date.fromisoformat, required=True)
    logging.basicConfig(level=logging.INFO)
    args = parser.parse_args()
    print(run(args.valuation))
