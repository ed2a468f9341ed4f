"""Loads the booking database credentials from AWS Secrets Manager."""

from __future__ import annotations

import functools
import json
import os

import boto3
import psycopg2
from botocore.exceptions import ClientError

SECRET_ID = os.environ.get("BOOKING_DB_SECRET_ID", "sailing-school/prod/booking-db")
REGION = os.environ.get("AWS_REGION", "eu-west-2")
PASSWORD_FIELD = "password"


class CredentialsUnavailable(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def _secret() -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    try:
        response = client.get_secret_value(SecretId=SECRET_ID)
    except ClientError as exc:
        raise CredentialsUnavailable(f"cannot read {SECRET_ID}") from exc
    return json.loads(response["SecretString"])


def dsn_kwargs() -> dict:
    secret = _secret()
    return {
        "host": secret["host"],
        "port": int(secret.get("port", 5432)),
        "dbname": secret.get("dbname", "booking"),
        "user": secret["username"],
        "password": secret[PASSWORD_FIELD],
        "sslmode": "require",
        "connect_timeout": 10,
    }


def connect():
    return psycopg2.connect(**dsn_kwargs())


def refresh() -> None:
    """Forget the cached secret, e.g. after a rotation event."""
    _secret.cache_clear()


def upcoming_courses(limit: int = 20) -> list[tuple]:
    with connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT code, title, starts_on FROM courses WHERE starts_on >= CURRENT_DATE "
            "ORDER BY starts_on LIMIT %s",
            (limit,),
        )
        return cur.fetchall()
