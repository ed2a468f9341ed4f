"""Connection pools for partner-hospital PACS index replicas.

One SQLAlchemy engine per partner site; credentials come from the secrets
manager and the connection target is logged for operations with the password
masked.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache

import boto3
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("router.pacs_replica")


@dataclass(frozen=True)
class ReplicaCredentials:
    host: str
    port: int
    database: str
    username: str
    password: str
    ca_bundle: str

    @classmethod
    def fetch(cls, secret_id: str) -> "ReplicaCredentials":
        client = boto3.client("secretsmanager")
        data = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
        return cls(
            host=data["host"],
            port=int(data.get("port", 5432)),
            database=data["dbname"],
            username=data["username"],
            password=data["password"],
            ca_bundle=data["ca_bundle_path"],
        )

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "verify-full", "sslrootcert": self.ca_bundle},
        )


@lru_cache(maxsize=32)
def replica_engine(site_code: str) -> Engine:
    creds = ReplicaCredentials.fetch(f"teleradiology/pacs-replica/{site_code}")
    url = creds.url()
    log.info("site %s: creating PACS replica pool for %s", site_code, url.render_as_string(hide_password=True))
    return create_engine(url, pool_size=2, max_overflow=2, pool_pre_ping=True, pool_recycle=1800)


def pending_outsourced(site_code: str, limit: int = 200) -> list[dict]:
    with replica_engine(site_code).connect() as conn:
        rows = conn.execute(
            text(
                "SELECT study_instance_uid, accession_number, modality, updated_at FROM study_index "
                "WHERE outsourced_read AND NOT picked_up ORDER BY updated_at LIMIT :limit"
            ),
            {"limit": limit},
        ).mappings().all()
    log.info("site %s: %d outsourced studies pending", site_code, len(rows))
    return [dict(r) for r in rows]
