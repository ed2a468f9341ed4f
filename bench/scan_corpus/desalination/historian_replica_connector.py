"""Connection helper for the read-only historian replica used by the
membrane performance dashboards (normalised salt rejection, NDP, dP)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Mapping

import psycopg

log = logging.getLogger("historian.replica")

MASKED_KEYS = frozenset({"password", "sslkey", "sslpassword"})


@dataclass(frozen=True)
class ReplicaSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str
    sslmode: str = "verify-full"
    sslrootcert: str = "/etc/pki/plant-ca/historian-ca.pem"

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "ReplicaSettings":
        return cls(
            host=env.get("HIST_REPLICA_HOST", "hist-replica.plant.local"),
            port=int(env.get("HIST_REPLICA_PORT", "5432")),
            dbname=env.get("HIST_REPLICA_DB", "historian"),
            user=env.get("HIST_REPLICA_USER", "dashboards_ro"),
            password=env["HIST_REPLICA_PASSWORD"],
        )

    def as_params(self) -> dict[str, str | int]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def printable(params: Mapping[str, object]) -> dict[str, object]:
    return {k: ("****" if k in MASKED_KEYS else v) for k, v in params.items()}


def open_replica(settings: ReplicaSettings | None = None) -> psycopg.Connection:
    settings = settings or ReplicaSettings.from_env()
    params = settings.as_params()
    log.info("connecting to historian replica: %s", printable(params))
    conn = psycopg.connect(**params, connect_timeout=10, application_name="membrane-dashboards")
    conn.read_only = True
    return conn


def latest_salt_rejection(conn: psycopg.Connection, train: str) -> float | None:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT salt_rejection_pct FROM ro_train_kpi WHERE train_code = %s ORDER BY ts DESC LIMIT 1",
            (train,),
        )
        row = cur.fetchone()
    return row[0] if row else None
