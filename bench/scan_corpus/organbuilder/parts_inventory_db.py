"""Access to the parts inventory database (leather, felts, wire, pipe metal).

The stores clerk books parts out against commissions; the same module is
used by the nightly reorder job.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("parts_inventory")


@dataclass(frozen=True)
class InventoryDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "InventoryDbSettings":
        return cls(
            host=os.environ.get("INVENTORY_DB_HOST", "localhost"),
            port=int(os.environ.get("INVENTORY_DB_PORT", "5432")),
            name=os.environ.get("INVENTORY_DB_NAME", "inventory"),
            user=os.environ["INVENTORY_DB_USER"],
            password=os.environ["INVENTORY_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


class PartsInventory:
    def __init__(self, settings: InventoryDbSettings) -> None:
        self.settings = settings

    def connect(self) -> psycopg.Connection:
        log.info("connecting to parts inventory at %s", self.settings.dsn)
        return psycopg.connect(self.settings.dsn, row_factory=dict_row, connect_timeout=10)

    def book_out(self, part_no: str, quantity: int, commission_ref: str) -> int:
        with self.connect() as conn:
            row = conn.execute(
                "UPDATE parts SET on_hand = on_hand - %s WHERE part_no = %s AND on_hand >= %s "
                "RETURNING on_hand",
                (quantity, part_no, quantity),
            ).fetchone()
            if row is None:
                raise ValueError(f"not enough {part_no} in stock")
            conn.execute(
                "INSERT INTO bookings (part_no, quantity, commission_ref) VALUES (%s, %s, %s)",
                (part_no, quantity, commission_ref),
            )
            return row["on_hand"]

    def below_reorder_level(self) -> list[dict]:
        with self.connect() as conn:
            return conn.execute(
                "SELECT part_no, description, on_hand, reorder_level, supplier "
                "FROM parts WHERE on_hand < reorder_level ORDER BY supplier, part_no"
            ).fetchall()
