"""Nightly sync of felling licence status from the forestry authority.

Pulls licence records for our coupes from the authority's open API and
upserts them into the operations database so the coupe planner can see
which coupes are cleared for cutting this winter.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import httpx
import psycopg

log = logging.getLogger("permit_sync")


@dataclass(frozen=True)
class SyncSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str
    licence_api: str
    holder_ref: str

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            db_host=os.environ["OPS_DB_HOST"],
            db_name=os.environ.get("OPS_DB_NAME", "operations"),
            db_user=os.environ["OPS_DB_USER"],
            db_password=os.environ["OPS_DB_PASSWORD"],
            licence_api=os.environ["LICENCE_API_URL"],
            holder_ref=os.environ["LICENCE_HOLDER_REF"],
        )

    @property
    def database_url(self) -> str:
        return (
            f"postgresql://{quote(self.db_user)}:{quote(self.db_password)}"
            f"@{self.db_host}/{self.db_name}"
        )


def fetch_licences(settings: SyncSettings) -> list[dict]:
    with httpx.Client(base_url=settings.licence_api, timeout=30.0) as client:
        resp = client.get("/licences", params={"holder": settings.holder_ref, "status": "all"})
        resp.raise_for_status()
        return resp.json()["licences"]


def upsert(conn: psycopg.Connection, licences: list[dict]) -> int:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO felling_licences (licence_no, coupe_ref, status, valid_from, valid_to)"
            " VALUES (%(licence_no)s, %(coupe_ref)s, %(status)s, %(valid_from)s, %(valid_to)s)"
            " ON CONFLICT (licence_no) DO UPDATE SET status = EXCLUDED.status,"
            " valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to",
            licences,
        )
    return len(licences)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    settings = SyncSettings.from_env()
    licences = fetch_licences(settings)
    log.info("fetched %d licences, writing to %s", len(licences), settings.database_url)
    with psycopg.connect(settings.database_url) as conn:
        count = upsert(conn, licences)
    log.info("permit sync complete: %d rows", count)


if __name__ == "__main__":
    main()
