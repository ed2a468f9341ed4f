"""Nightly job: copy national ranking points into the club database.

Run from cron as ``python -m club.jobs.federation_sync``.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

import httpx
import psycopg

log = logging.getLogger("federation_sync")


@dataclass(frozen=True)
class SyncSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str
    federation_api: str
    federation_token: str
    club_code: str

    @classmethod
    def load(cls) -> "SyncSettings":
        env = os.environ
        return cls(
            db_host=env.get("CLUB_DB_HOST", "localhost"),
            db_name=env.get("CLUB_DB_NAME", "fencingclub"),
            db_user=env["CLUB_DB_USER"],
            db_password=env["CLUB_DB_PASSWORD"],
            federation_api=env["FEDERATION_API_URL"].rstrip("/"),
            federation_token=env["FEDERATION_API_TOKEN"],
            club_code=env["FEDERATION_CLUB_CODE"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}/{self.db_name}"


def fetch_rankings(cfg: SyncSettings) -> list[dict]:
    with httpx.Client(timeout=30.0) as client:
        resp = client.get(
            f"{cfg.federation_api}/clubs/{cfg.club_code}/rankings",
            headers={"Authorization": f"Bearer {cfg.federation_token}"},
        )
        resp.raise_for_status()
        return resp.json()["rankings"]


def store_rankings(cfg: SyncSettings, rankings: list[dict]) -> int:
    log.info("writing %d ranking rows to %s", len(rankings), cfg.dsn)
    with psycopg.connect(cfg.dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO ranking_points (licence_no, weapon, category, points, rank) "
            "VALUES (%(licence_no)s, %(weapon)s, %(category)s, %(points)s, %(rank)s) "
            "ON CONFLICT (licence_no, weapon, category) "
            "DO UPDATE SET points = EXCLUDED.points, rank = EXCLUDED.rank",
            rankings,
        )
        return cur.rowcount


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cfg = SyncSettings.load()
    try:
        rankings = fetch_rankings(cfg)
    except httpx.HTTPError as exc:
        log.error("federation API unavailable: %s", exc.__class__.__name__)
        return 1
    store_rankings(cfg, rankings)
    log.info("federation sync complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
