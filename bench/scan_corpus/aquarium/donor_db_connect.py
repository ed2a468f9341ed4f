"""Connection helper for the donor CRM database used by batch jobs."""
import logging
import os
from dataclasses import dataclass

import psycopg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DonorDBSettings:
    host: str
    port: int
    user: str
    password: str
    dbname: str = "donors"

    @classmethod
    def from_env(cls) -> "DonorDBSettings":
        return cls(
            host=os.environ["DONOR_DB_HOST"],
            port=int(os.environ.get("DONOR_DB_PORT", "5432")),
            user=os.environ["DONOR_DB_USER"],
            password=os.environ["DONOR_DB_PASSWORD"],
        )

    def __repr__(self) -> str:
        return f"DonorDBSettings(host={self.host!r}, port={self.port}, user={self.user!r}, dbname={self.dbname!r})"


def connect(settings: DonorDBSettings | None = None) -> psycopg.Connection:
    settings = settings or DonorDBSettings.from_env()
    log.info(
        "Connecting to donor DB %s@%s:%s/%s",
        settings.user, settings.host, settings.port, settings.dbname,
    )
    return psycopg.connect(
        host=settings.host,
        port=settings.port,
        user=settings.user,
        password=settings.password,
        dbname=settings.dbname,
        sslmode="verify-full",
        application_name="donor-batch",
    )
