"""Spools batches of ZPL courier labels to the thermal printers in dispatch."""
from __future__ import annotations

import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PrinterTarget:
    name: str
    host: str
    port: int = 9100


@dataclass
class LabelJob:
    order_ref: str
    zpl: str


class LabelSpooler:
    """Writes each batch to a spool file first so a jammed printer can be re-fed."""

    def __init__(self, spool_dir: Path) -> None:
        self.spool_dir = spool_dir
        self.spool_dir.mkdir(parents=True, exist_ok=True)

    def write_batch(self, jobs: list[LabelJob]) -> Path:
        with tempfile.NamedTemporaryFile(
            mode="w",
            encoding="ascii",
            prefix="labels-",
            suffix=".zpl",
            dir=self.spool_dir,
            delete=False,
        ) as fh:
            for job in jobs:
                fh.write(job.zpl.rstrip() + "\n")
            return Path(fh.name)

    def send(self, batch: Path, printer: PrinterTarget, timeout: float = 10.0) -> int:
        data = batch.read_bytes()
        with socket.create_connection((printer.host, printer.port), timeout=timeout) as sock:
            sock.sendall(data)
        return len(data)

    def print_and_archive(self, jobs: list[LabelJob], printer: PrinterTarget) -> Path:
        batch = self.write_batch(jobs)
        self.send(batch, printer)
        done = self.spool_dir / "printed" / batch.name
        done.parent.mkdir(exist_ok=True)
        os.replace(batch, done)
        return done


def printer_from_env(name: str) -> PrinterTarget:
    key = name.upper().replace("-", "_")
    return PrinterTarget(name=name, host=os.environ[f"LABEL_PRINTER_{key}_HOST"])
