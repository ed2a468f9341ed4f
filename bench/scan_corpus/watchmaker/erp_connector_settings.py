"""Connection settings for the ERP connector that syncs parts and invoices."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

SECRET_ID_ENV = "ERP_DB_SECRET_ID"
REGION_ENV = "AWS_REGION"


@dataclass(frozen=True)
class ErpCredentials:
    host: str
    port: int
    database: str
    username: str
    password: str

    def __repr__(self) -> str:
        return f"ErpCredentials(host={self.host!r}, database={self.database!r}, username={self.username!r})"


@lru_cache(maxsize=1)
def load_credentials() -> ErpCredentials:
    client = boto3.client("secretsmanager", region_name=os.environ[REGION_ENV])
    secret = json.loads(client.get_secret_value(SecretId=os.environ[SECRET_ID_ENV])["SecretString"])
    return ErpCredentials(
        host=secret["host"],
        port=int(secret.get("port", 5432)),
        database=secret["dbname"],
        username=secret["username"],
        password=secret["password"],
    )


def erp_engine() -> Engine:
    creds = load_credentials()
    url = URL.create(
        "postgresql+psycopg2",
        username=creds.username,
        password=creds.password,
        host=creds.host,
        port=creds.port,
        database=creds.database,
    )
    return create_engine(
        url,
        pool_size=5,
        pool_pre_ping=True,
        connect_args={"sslmode": "verify-full", "sslrootcert": os.environ["ERP_DB_CA_BUNDLE"]},
    )
