"""Nightly sync of finished-goods inventory from the ERP database into the portal."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import psycopg2

log = logging.getLogger("erp.sync")


@dataclass
class ErpSettings:
    host: str
    port: int
    database: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ErpSettings":
        return cls(
            host=os.environ.get("ERP_DB_HOST", "erp-db.internal"),
            port=int(os.environ.get("ERP_DB_PORT", "5432")),
            database=os.environ.get("ERP_DB_NAME", "erp"),
            user=os.environ["ERP_DB_USER"],
            password=os.environ["ERP_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}"


def open_erp(settings: ErpSettings):
    log.info("connecting to ERP at %s", settings.dsn)
    return psycopg2.connect(settings.dsn, connect_timeout=10)


def sync(portal_conn, settings: ErpSettings | None = None) -> int:
    settings = settings or ErpSettings.from_env()
    with open_erp(settings) as erp, erp.cursor() as cur:
        cur.execute(
            "SELECT item_no, warehouse, qty_on_hand, qty_reserved "
            "FROM fg_inventory WHERE item_group IN ('BTN-HORN', 'BTN-SHELL', 'BTN-METAL')"
        )
        rows = cur.fetchall()
    with portal_conn, portal_conn.cursor() as pcur:
        pcur.executemany(
            "INSERT INTO stock (article_no, warehouse, on_hand, reserved) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (article_no, warehouse) DO UPDATE "
            "SET on_hand = EXCLUDED.on_hand, reserved = EXCLUDED.reserved",
            rows,
        )
    log.info("synced %d inventory rows", len(rows))
    return len(rows)
