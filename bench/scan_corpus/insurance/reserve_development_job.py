"""Actuarial batch job: chain-ladder reserve development by line of business.

Pulls paid-claims triangles from the warehouse, computes volume-weighted
development factors and ultimate losses, and uploads the result as a
parquet file for the reserving committee's dashboard.
"""
import argparse
import logging
import os
import tempfile
from datetime import date

import boto3
import numpy as np
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("reserve_development")

TRIANGLE_SQL = sa.text("""
    SELECT accident_year, development_year, SUM(paid_amount) AS paid
    FROM paid_claims_cumulative
    WHERE line_of_business = :lob AND valuation_date = :valuation
    GROUP BY accident_year, development_year
""")


def development_factors(triangle: pd.DataFrame) -> np.ndarray:
    cols = triangle.columns
    factors = []
    for left, right in zip(cols[:-1], cols[1:]):
        mask = triangle[right].notna()
        factors.append(triangle.loc[mask, right].sum() / triangle.loc[mask, left].sum())
    return np.array(factors)


def ultimates(triangle: pd.DataFrame, factors: np.ndarray) -> pd.DataFrame:
    cdf = np.append(np.cumprod(factors[::-1])[::-1], 1.0)
    latest_idx = triangle.notna().sum(axis=1) - 1
    latest = triangle.ffill(axis=1).iloc[:, -1]
    ult = latest * cdf[latest_idx.to_numpy()]
    return pd.DataFrame({"latest_paid": latest, "ultimate": ult, "ibnr": ult - latest})


def run(lob: str, valuation: date) -> str:
    engine = sa.create_engine(os.environ["WAREHOUSE_URL"])
    with engine.connect() as conn:
        rows = pd.read_sql(TRIANGLE_SQL, conn, params={"lob": lob, "valuation": valuation})
    triangle = rows.pivot(index="accident_year", columns="development_year", values="paid")
    result = ultimates(triangle, development_factors(triangle))
    log.info("%s: total IBNR %.0f", lob, result["ibnr"].sum())

    scratch = tempfile.mktemp(suffix=".parquet", prefix=f"reserves_{lob}_")
    try:
        result.to_parquet(scratch)
        key = f"reserving/{valuation:%Y-%m-%d}/{lob}.parquet"
        boto3.client("s3").upload_file(scratch, os.environ["RESERVING_BUCKET"], key)
    finally:
        if os.path.exists(scratch):
            os.remove(scratch)
    return key


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("lob")
    parser.add_argument("--valuation", type=date.fromisoformat, required=True)
    logging.basicConfig(level=logging.INFO)
    args = parser.parse_args()
    print(run(args.lob, args.valuation))
