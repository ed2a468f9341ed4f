"""Sends courier shipping labels to the dispatch bench printers.

Labels for wholesale and subscription parcels arrive from the courier API as
ZPL files; this module hands them to CUPS with the `lp` command.
"""
from __future__ import annotations

import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("chocolatier.dispatch")

PRINTER_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class SpoolRequest:
    label_path: Path
    printer: str
    copies: int = 1
    title: str = "parcel-label"


def _lp_binary() -> str:
    lp = shutil.which("lp")
    if lp is None:
        raise RuntimeError("CUPS lp client not installed")
    return lp


def build_argv(req: SpoolRequest) -> list[str]:
    if not PRINTER_NAME.match(req.printer):
        raise ValueError(f"invalid printer name: {req.printer!r}")
    return [
        _lp_binary(),
        "-d", req.printer,
        "-n", str(max(1, min(req.copies, 20))),
        "-t", req.title,
        "-o", "raw",
        "--",
        str(req.label_path),
    ]


def spool(req: SpoolRequest) -> str:
    if not req.label_path.is_file():
        raise FileNotFoundError(req.label_path)
    result = subprocess.run(build_argv(req), capture_output=True, text=True, check=True, timeout=30)
    job = result.stdout.strip()
    log.info("spooled %s to %s: %s", req.label_path.name, req.printer, job)
    return job
