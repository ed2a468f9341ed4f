"""CLI used on packing-line PCs to reprint a single box label.

    reprint-label --order 48213 --printer zebra_line_b --copies 2
"""
from __future__ import annotations

import argparse
import logging
import shlex
import subprocess
import sys
from pathlib import Path

from .labels import render_order_label

log = logging.getLogger("packing.reprint")


def lp_command(printer: str, pdf: Path, copies: int, title: str) -> list[str]:
    return [
        "lp",
        "-d", printer,
        "-n", str(copies),
        "-t", title,
        "-o", "media=Custom.100x150mm",
        "--",
        str(pdf),
    ]


def reprint(order_id: int, printer: str, copies: int) -> int:
    pdf = render_order_label(order_id)
    cmd = lp_command(printer, pdf, copies, title=f"reprint {order_id}")
    log.info("running %s", shlex.join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    if proc.returncode != 0:
        log.error("lp failed: %s", proc.stderr.strip())
    return proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reprint-label")
    parser.add_argument("--order", type=int, required=True)
    parser.add_argument("--printer", required=True)
    parser.add_argument("--copies", type=int, default=1, choices=range(1, 6))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    return reprint(args.order, args.printer, args.copies)


if __name__ == "__main__":
    sys.exit(main())
