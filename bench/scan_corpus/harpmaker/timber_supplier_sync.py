"""Nightly import of the tonewood supplier's availability feed into the timber stock database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

log = logging.getLogger("harpmaker.timber_sync")


@dataclass(frozen=True)
class SyncConfig:
    feed_url: str
    feed_token: str
    db_url: URL

    @classmethod
    def from_env(cls) -> "SyncConfig":
        return cls(
            feed_url=os.environ["TONEWOOD_FEED_URL"],
            feed_token=os.environ["TONEWOOD_FEED_TOKEN"],
            db_url=URL.create(
                "postgresql+psycopg",
                username=os.environ["HARP_DB_USER"],
                password=os.environ["HARP_DB_PASSWORD"],
                host=os.environ.get("HARP_DB_HOST", "localhost"),
                database=os.environ.get("HARP_DB_NAME", "harpmaker"),
            ),
        )


def fetch_feed(cfg: SyncConfig) -> list[dict]:
    resp = requests.get(
        cfg.feed_url,
        headers={"Authorization": f"Token {cfg.feed_token}", "Accept": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["lots"]


def upsert_lots(engine, lots: list[dict]) -> int:
    stmt = text(
        "INSERT INTO supplier_lots (lot_code, species, grade, boards, price_cents, seen_at) "
        "VALUES (:lot_code, :species, :grade, :boards, :price_cents, :seen_at) "
        "ON CONFLICT (lot_code) DO UPDATE SET boards = EXCLUDED.boards, "
        "price_cents = EXCLUDED.price_cents, seen_at = EXCLUDED.seen_at"
    )
    seen_at = datetime.now(timezone.utc)
    rows = [
        {
            "lot_code": lot["code"],
            "species": lot["species"].lower(),
            "grade": lot.get("grade", "AA"),
            "boards": int(lot["boards"]),
            "price_cents": int(round(float(lot["price"]) * 100)),
            "seen_at": seen_at,
        }
        for lot in lots
    ]
    with engine.begin() as conn:
        conn.execute(stmt, rows)
    return len(rows)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = SyncConfig.from_env()
    log.info("syncing supplier feed into %s", cfg.db_url.render_as_string(hide_password=True))
    engine = create_engine(cfg.db_url, pool_pre_ping=True)
    lots = fetch_feed(cfg)
    count = upsert_lots(engine, lots) if lots else 0
    log.info("imported %d supplier lots", count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
