"""Pulls greige receipts from the weaving shed's ERP database.

Greige pieces arriving from the weaving shed become fabric lots here once
they are booked in for scouring and fulling.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import List

import psycopg

log = logging.getLogger("fuller.erp_sync")


@dataclass(frozen=True)
class ErpSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ErpSettings":
        return cls(
            host=os.environ["ERP_DB_HOST"],
            port=int(os.environ.get("ERP_DB_PORT", "5432")),
            dbname=os.environ.get("ERP_DB_NAME", "weaving"),
            user=os.environ["ERP_DB_USER"],
            password=os.environ["ERP_DB_PASSWORD"],
        )

    @property
    def conninfo(self) -> str:
        return (f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/"
                f"{self.dbname}?sslmode=require")


@dataclass
class GreigeReceipt:
    piece_no: str
    quality_code: str
    metres: float
    weight_kg: float
    received_on: date


def fetch_receipts(cfg: ErpSettings, since: date) -> List[GreigeReceipt]:
    log.info("connecting to weaving ERP using %s", cfg.conninfo)
    with psycopg.connect(cfg.conninfo, connect_timeout=15) as conn:
        rows = conn.execute(
            "SELECT piece_no, quality_code, metres, weight_kg, received_on "
            "FROM greige_receipts WHERE received_on >= %s AND destination = 'FINISHING'",
            (since,),
        ).fetchall()
    log.info("fetched %d greige receipts since %s", len(rows), since)
    return [GreigeReceipt(*r) for r in rows]


def book_in(receipts: List[GreigeReceipt], lots_repo) -> int:
    created = 0
    for r in receipts:
        if lots_repo.exists(r.piece_no):
            continue
        lots_repo.create_from_greige(r.piece_no, r.quality_code, r.metres, r.weight_kg)
        created += 1
    return created
