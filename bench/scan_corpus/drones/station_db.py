"""Database connection settings for the ground control station.

The password is looked up in this order: explicit argument, the
``GCS_DB_PASSWORD`` environment variable, then the OS keyring entry written by
``gcsctl setup``.
"""
import os
from dataclasses import dataclass, field

import keyring
import psycopg2

KEYRING_SERVICE = "gcs-missions-db"
PASSWORD_ENV_VAR = "GCS_DB_PASSWORD"


def _lookup_password(user: str) -> str:
    password = os.environ.get(PASSWORD_ENV_VAR) or keyring.get_password(KEYRING_SERVICE, user)
    if not password:
        raise RuntimeError(f"no database password for {user}; run `gcsctl setup` or set {PASSWORD_ENV_VAR}")
    return password


@dataclass
class StationDB:
    host: str = field(default_factory=lambda: os.environ.get("GCS_DB_HOST", "localhost"))
    dbname: str = "gcs_missions"
    user: str = "gcs_app"
    password: str | None = None

    def connect(self):
        return psycopg2.connect(
            host=self.host,
            dbname=self.dbname,
            user=self.user,
            password=self.password or _lookup_password(self.user),
            connect_timeout=5,
        )
