"""Spools ZPL label jobs for the garment tag printers at each shop counter."""
from __future__ import annotations

import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class TagLabel:
    tag_id: str
    customer_surname: str
    service: str
    ready_date: str

    def zpl(self) -> str:
        return (
            "^XA^CF0,28"
            f"^FO20,20^FD{self.tag_id}^FS"
            f"^FO20,60^FD{self.customer_surname[:14].upper()}^FS"
            f"^FO20,100^FD{self.service} READY {self.ready_date}^FS"
            f"^FO260,20^BQN,2,4^FDQA,{self.tag_id}^FS"
            "^XZ"
        )


class LabelSpooler:
    def __init__(self, printer_host: str, printer_port: int = 9100, spool_dir: Path | None = None) -> None:
        self.printer_host = printer_host
        self.printer_port = printer_port
        self.spool_dir = spool_dir

    def _spool(self, labels: list[TagLabel]) -> Path:
        with tempfile.NamedTemporaryFile(
            mode="w", suffix=".zpl", prefix="tags-", dir=self.spool_dir, delete=False, encoding="ascii"
        ) as fh:
            for label in labels:
                fh.write(label.zpl())
            return Path(fh.name)

    def _send(self, path: Path) -> None:
        with socket.create_connection((self.printer_host, self.printer_port), timeout=10) as conn:
            conn.sendall(path.read_bytes())

    def print_batch(self, labels: list[TagLabel]) -> int:
        path = self._spool(labels)
        try:
            self._send(path)
        finally:
            path.unlink(missing_ok=True)
        return len(labels)
