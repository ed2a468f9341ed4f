"""Inventory DB connections using credentials from AWS Secrets Manager."""

import json
import os
from functools import lru_cache

import boto3
import psycopg2

SECRET_ID = os.environ.get("INVENTORY_DB_SECRET_ID", "vendops/prod/inventory-db")
DEFAULT_PORT = 5432


@lru_cache(maxsize=1)
def _db_secret() -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = client.get_secret_value(SecretId=SECRET_ID)
    return json.loads(resp["SecretString"])


def connect():
    secret = _db_secret()
    return psycopg2.connect(
        host=secret["host"],
        port=int(secret.get("port", DEFAULT_PORT)),
        dbname=secret.get("dbname", "inventory"),
        user=secret["username"],
        password=secret["password"],
        sslmode="verify-full",
        connect_timeout=10,
    )


def rotate_cache() -> None:
    """Call after a rotation event so the next connect() re-reads the secret."""
    _db_secret.cache_clear()
