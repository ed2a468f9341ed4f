"""Prints paper scorecards at the front desk for groups that prefer pencils to the app."""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass

log = logging.getLogger(__name__)

PRINTER = os.environ.get("SCORECARD_PRINTER", "frontdesk")


@dataclass
class PrintRequest:
    venue_name: str
    course_name: str
    pars: list[int]
    players: list[str]


def render_text(req: PrintRequest) -> str:
    width = max([8] + [len(p) for p in req.players])
    header = "Hole".ljust(width) + "".join(f"{n:>4}" for n in range(1, len(req.pars) + 1)) + "  Tot"
    par_row = "Par".ljust(width) + "".join(f"{p:>4}" for p in req.pars) + f"{sum(req.pars):>5}"
    lines = [
        f"{req.venue_name} - {req.course_name}".center(len(header)),
        "",
        header,
        par_row,
        "-" * len(header),
    ]
    for player in req.players:
        lines.append(player[:width].ljust(width) + "   _" * len(req.pars) + "  ___")
    return "\n".join(lines) + "\n"


def print_scorecard(req: PrintRequest, copies: int = 1) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="scorecard-", delete=False) as fh:
        fh.write(render_text(req))
        spool_path = fh.name
    try:
        subprocess.run(
            ["lp", "-d", PRINTER, "-n", str(max(1, min(copies, 10))), "-o", "landscape", spool_path],
            check=True,
            timeout=30,
        )
        log.info("printed %d scorecard(s) for %s", copies, req.course_name)
    finally:
        os.unlink(spool_path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print_scorecard(
        PrintRequest("Putt Palace Leeds", "Pirate Cove", [2, 3, 2, 4, 3, 2, 3, 3, 2], ["Sam", "Priya", "Jo"])
    )
