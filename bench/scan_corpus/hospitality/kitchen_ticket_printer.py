"""Send kitchen tickets to the CUPS queue of each prep station.

Orders from the POS and from the delivery tablets are split by station and a
plain-text ticket is printed on the thermal printer above that station.
"""
from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from .layout import render_ticket_text

log = logging.getLogger(__name__)

STATION_QUEUES = {
    "grill": "kitchen-grill",
    "cold": "kitchen-cold",
    "pastry": "kitchen-pastry",
    "expo": "kitchen-expo",
}


def _lp_command(queue: str, job_title: str, path: Path, copies: int) -> str:
    return f'lp -d {queue} -n {copies} -t "{job_title}" -o raw {path}'


def print_ticket(order: dict, station: str, copies: int = 1) -> None:
    queue = STATION_QUEUES[station]
    text = render_ticket_text(order, station)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        path = Path(fh.name)
    title = f"{order['table']} {order['guest_name']}"
    try:
        subprocess.run(_lp_command(queue, title, path, copies), shell=True, check=True, timeout=30)
        log.info("printed order %s on %s", order["id"], queue)
    finally:
        path.unlink(missing_ok=True)


def print_order(order: dict) -> None:
    stations = {line["station"] for line in order["lines"]}
    for station in sorted(stations):
        print_ticket(order, station)
    print_ticket(order, "expo")
