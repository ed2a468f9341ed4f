"""Bridge between the shop's dispatch queue and the thermal label printer.

The courier labels come back from the booking API as ZPL. This bridge
pulls pending labels from the shop database and sends them to the Zebra
printer on the workshop network over its raw port.
"""
from __future__ import annotations

import logging
import os
import socket
import sqlite3
import time
from dataclasses import dataclass

log = logging.getLogger("trug.labels")


@dataclass(frozen=True)
class PrinterConfig:
    host: str
    port: int = 9100
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "PrinterConfig":
        return cls(
            host=os.environ["TRUG_LABEL_PRINTER_HOST"],
            port=int(os.environ.get("TRUG_LABEL_PRINTER_PORT", "9100")),
        )


class LabelPrinter:
    def __init__(self, config: PrinterConfig) -> None:
        self._config = config

    def send(self, zpl: bytes) -> None:
        with socket.create_connection((self._config.host, self._config.port), timeout=self._config.timeout) as sock:
            sock.sendall(zpl)


class LabelBridge:
    def __init__(self, db_path: str, printer: LabelPrinter) -> None:
        self._conn = sqlite3.connect(db_path)
        self._printer = printer

    def pending(self) -> list[tuple[int, str, bytes]]:
        return self._conn.execute(
            "SELECT id, order_ref, zpl FROM courier_labels WHERE printed_at IS NULL ORDER BY id LIMIT 20"
        ).fetchall()

    def run_once(self) -> int:
        printed = 0
        for label_id, order_ref, zpl in self.pending():
            try:
                self._printer.send(zpl)
            except OSError as exc:
                log.warning("printer unavailable for %s: %s", order_ref, exc)
                break
            self._conn.execute(
                "UPDATE courier_labels SET printed_at = datetime('now') WHERE id = ?", (label_id,)
            )
            self._conn.commit()
            printed += 1
        return printed

    def run_forever(self, interval: float = 5.0) -> None:
        while True:
            if self.run_once():
                log.info("labels printed")
            time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bridge = LabelBridge(
        os.environ.get("TRUG_SHOP_DB", "/srv/trug/shop.sqlite3"),
        LabelPrinter(PrinterConfig.from_env()),
    )
    bridge.run_forever()
