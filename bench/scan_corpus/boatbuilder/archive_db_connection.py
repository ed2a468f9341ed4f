"""Database connection for the drawings archive catalogue."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("archive.db")


@dataclass(frozen=True)
class ArchiveDbSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ArchiveDbSettings":
        return cls(
            host=os.environ.get("ARCHIVE_DB_HOST", "localhost"),
            port=int(os.environ.get("ARCHIVE_DB_PORT", "5432")),
            dbname=os.environ.get("ARCHIVE_DB_NAME", "drawings"),
            user=os.environ["ARCHIVE_DB_USER"],
            password=os.environ["ARCHIVE_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


class ArchiveCatalogue:
    def __init__(self, settings: ArchiveDbSettings) -> None:
        self.settings = settings

    @cached_property
    def pool(self) -> ConnectionPool:
        log.info("opening drawings archive pool on %s", self.settings.dsn)
        return ConnectionPool(self.settings.dsn, min_size=1, max_size=5)

    def find(self, design: str) -> list[tuple]:
        with self.pool.connection() as conn:
            return conn.execute(
                "SELECT id, design, sheet, revision, stored_name FROM drawings "
                "WHERE design = %s ORDER BY sheet, revision",
                (design,),
            ).fetchall()

    def register(self, design: str, sheet: str, revision: str, stored_name: str) -> int:
        with self.pool.connection() as conn:
            row = conn.execute(
                "INSERT INTO drawings (design, sheet, revision, stored_name) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (design, sheet, revision, stored_name),
            ).fetchone()
        return row[0]

    def healthy(self) -> bool:
        try:
            with self.pool.connection() as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            log.exception("drawings archive database unreachable")
            return False
