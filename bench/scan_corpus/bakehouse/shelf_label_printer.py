"""Sends shelf-edge and case labels to the Zebra printers on the dispatch dock.

Dispatch clerks pick a printer queue and a label file from the dock terminal;
the job is handed to CUPS through `lp`.
"""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("dock.printing")

LABEL_SPOOL = Path("/var/spool/bakehouse-labels")
QUEUE_PATTERN = re.compile(r"^dock-zebra-[0-9]{2}$")


@dataclass
class PrintRequest:
    queue: str
    label_name: str
    copies: int = 1


def _label_path(name: str) -> Path:
    candidate = (LABEL_SPOOL / name).resolve()
    if candidate.parent != LABEL_SPOOL.resolve() or candidate.suffix != ".zpl":
        raise ValueError("label not in spool")
    return candidate


def _lp_args(req: PrintRequest, label: Path) -> list[str]:
    return ["lp", "-d", req.queue, "-n", str(req.copies), "-o", "raw", "--", str(label)]


def print_labels(req: PrintRequest) -> str:
    if not QUEUE_PATTERN.match(req.queue):
        raise ValueError(f"unknown printer queue {req.queue!r}")
    if not 1 <= req.copies <= 500:
        raise ValueError("copies out of range")
    label = _label_path(req.label_name)
    result = subprocess.run(_lp_args(req, label), capture_output=True, text=True, timeout=30, check=False)
    if result.returncode != 0:
        log.error("lp failed for %s: %s", req.queue, result.stderr.strip())
        raise RuntimeError("print job rejected")
    job_id = result.stdout.strip()
    log.info("queued %s x%d on %s (%s)", label.name, req.copies, req.queue, job_id)
    return job_id
