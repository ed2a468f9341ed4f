"""Bridge between room bar tabs and the venue POS database.

When a room's booking ends, its open tab is pushed to the POS so it can be
settled at the bar.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import psycopg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PosSettings:
    dsn: str
    connect_timeout: int = 5
    application_name: str = "karaoke-tab-bridge"


class PosUnavailable(RuntimeError):
    pass


class PosTabBridge:
    def __init__(self, settings: PosSettings) -> None:
        self._settings = settings

    def _connect(self) -> psycopg.Connection:
        try:
            return psycopg.connect(
                self._settings.dsn,
                connect_timeout=self._settings.connect_timeout,
                application_name=self._settings.application_name,
            )
        except psycopg.OperationalError as exc:
            raise PosUnavailable(
                f"cannot reach POS database using {self._settings.dsn}: {exc}"
            ) from exc

    def push_tab(self, room_code: str, tab_id: int, lines: list[tuple[str, int, Decimal]]) -> int:
        with self._connect() as conn, conn.transaction():
            cur = conn.execute(
                "INSERT INTO pos_open_checks (source, source_ref, table_label) "
                "VALUES ('karaoke', %s, %s) RETURNING check_id",
                (str(tab_id), f"Room {room_code}"),
            )
            check_id = cur.fetchone()[0]
            for plu, qty, price in lines:
                conn.execute(
                    "INSERT INTO pos_check_lines (check_id, plu, quantity, unit_price) "
                    "VALUES (%s, %s, %s, %s)",
                    (check_id, plu, qty, price),
                )
        log.info("tab %s pushed to POS as check %s", tab_id, check_id)
        return check_id


def push_finished_tabs(bridge: PosTabBridge, tabs) -> None:
    for tab in tabs:
        try:
            bridge.push_tab(tab.room_code, tab.id, tab.lines())
        except PosUnavailable:
            log.exception("POS unavailable, tab %s will be retried", tab.id)
            break
