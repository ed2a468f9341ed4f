"""Fetch credentials for the long-term research archive (tape library SFTP and DB)."""
import json
import os
from functools import lru_cache

import boto3

SECRET_IDS = {
    "archive_db": "research/archive/db",
    "tape_sftp": "research/archive/tape-sftp",
}


@lru_cache(maxsize=None)
def _secrets_client():
    return boto3.client("secretsmanager", region_name=os.getenv("AWS_REGION", "eu-west-2"))


@lru_cache(maxsize=8)
def get_secret(name: str) -> dict:
    secret_id = SECRET_IDS[name]
    resp = _secrets_client().get_secret_value(SecretId=secret_id)
    return json.loads(resp["SecretString"])


def archive_db_dsn() -> str:
    creds = get_secret("archive_db")
    return (
        f"postgresql://{creds['username']}:{creds['password']}"
        f"@{creds['host']}:{creds.get('port', 5432)}/{creds['dbname']}?sslmode=verify-full"
    )


def tape_sftp_login() -> tuple[str, str]:
    creds = get_secret("tape_sftp")
    return creds["username"], creds["password"]
