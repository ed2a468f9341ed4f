"""Build the duty-time reporting engine from credentials held in AWS Secrets Manager."""
from __future__ import annotations

import json
import os
from functools import lru_cache

import boto3
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

DUTY_DB_SECRET_ID = "heliops/prod/duty-time/reporting-db"


@lru_cache(maxsize=1)
def _db_secret(secret_id: str = DUTY_DB_SECRET_ID) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-2"))
    return json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])


def reporting_url() -> URL:
    secret = _db_secret()
    return URL.create(
        drivername="postgresql+psycopg2",
        username=secret["username"],
        password=secret["password"],
        host=secret["host"],
        port=int(secret.get("port", 5432)),
        database=secret.get("dbname", "duty_time"),
        query={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-global-bundle.pem"},
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    return create_engine(reporting_url(), pool_size=3, pool_pre_ping=True)


def monthly_flight_hours(month: str) -> list[tuple[str, float]]:
    query = text(
        """
        SELECT pilot_id, SUM(EXTRACT(EPOCH FROM (block_on - block_off))) / 3600.0 AS hours
        FROM sectors
        WHERE to_char(block_off, 'YYYY-MM') = :month
        GROUP BY pilot_id
        ORDER BY hours DESC
        """
    )
    with reporting_engine().connect() as conn:
        return [(row.pilot_id, float(row.hours)) for row in conn.execute(query, {"month": month})]


if __name__ == "__main__":
    for pilot, hours in monthly_flight_hours("2024-05"):
        print(f"{pilot}: {hours:.1f} h")
