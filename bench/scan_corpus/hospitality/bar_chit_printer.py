"""Print bar chits and receipt reprints through CUPS.

Each bar well has its own queue; the chit title shows the tab name so the
bartender can match it to the right guest.
"""
from __future__ import annotations

import logging
import shlex
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

BAR_QUEUES = {"main": "bar-main", "terrace": "bar-terrace", "service": "bar-service"}


def _lp_args(queue: str, title: str, path: Path, copies: int) -> list[str]:
    return ["lp", "-d", queue, "-n", str(copies), "-t", title, "-o", "raw", str(path)]


def print_chit(tab: dict, well: str, body: str, copies: int = 1) -> None:
    queue = BAR_QUEUES[well]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(body)
        path = Path(fh.name)
    args = _lp_args(queue, f"{tab['tab_name']} #{tab['number']}", path, copies)
    try:
        log.debug("running %s", shlex.join(args))
        result = subprocess.run(args, check=False, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            log.error("lp failed on %s: %s", queue, result.stderr.strip())
            raise RuntimeError(f"could not print chit on {queue}")
    finally:
        path.unlink(missing_ok=True)
