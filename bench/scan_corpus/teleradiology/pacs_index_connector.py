"""Read-only access to a hospital PACS index database.

Some partner hospitals expose their PACS study index as a PostgreSQL replica
instead of a DICOM C-FIND service.  The router polls it for studies that were
flagged for outsourced reading.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("router.pacs_index")


@dataclass(frozen=True)
class PacsIndexSettings:
    host: str
    port: int
    database: str
    user: str
    password: str
    sslrootcert: str

    @classmethod
    def from_env(cls, prefix: str) -> "PacsIndexSettings":
        return cls(
            host=os.environ[f"{prefix}_HOST"],
            port=int(os.environ.get(f"{prefix}_PORT", "5432")),
            database=os.environ[f"{prefix}_DB"],
            user=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
            sslrootcert=os.environ[f"{prefix}_CA_BUNDLE"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.database}?sslmode=verify-full&sslrootcert={quote(self.sslrootcert)}"
        )


class PacsIndexConnector:
    def __init__(self, site_code: str, settings: PacsIndexSettings) -> None:
        self.site_code = site_code
        self.settings = settings
        self._conn: psycopg.Connection | None = None

    def connect(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            log.info("site %s: opening PACS index connection %s", self.site_code, self.settings.dsn)
            self._conn = psycopg.connect(self.settings.dsn, row_factory=dict_row, autocommit=True)
        return self._conn

    def flagged_since(self, since: datetime) -> list[dict]:
        rows = self.connect().execute(
            "SELECT study_instance_uid, accession_number, modality, study_date, updated_at "
            "FROM study_index WHERE outsourced_read = TRUE AND updated_at > %s "
            "ORDER BY updated_at LIMIT 500",
            (since,),
        ).fetchall()
        log.info("site %s: %d flagged studies since %s", self.site_code, len(rows), since.isoformat())
        return rows

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
