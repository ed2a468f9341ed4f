"""Print route sheets for delivery drivers at the start of each van run.

Dispatchers name routes and add driver notes in the planning screen; the
sheet PDF is printed on the depot printer with the route name as job title.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("dispatch.print")

PRINT_TEMPLATE = "lp -d {printer} -t \"{title}\" -n {copies} {path}"


@dataclass
class RoutePlan:
    route_id: int
    name: str
    driver: str
    van_reg: str
    stops: int


@dataclass(frozen=True)
class PrinterConfig:
    queue: str = os.environ.get("DEPOT_PRINTER", "depot-office")
    copies: int = 2


def _job_title(plan: RoutePlan) -> str:
    return f"{plan.name} / {plan.driver} / {plan.van_reg}"


def _print_command(plan: RoutePlan, pdf: Path, cfg: PrinterConfig) -> str:
    return PRINT_TEMPLATE.format(
        printer=cfg.queue, title=_job_title(plan), copies=cfg.copies, path=pdf
    )


async def print_route_sheet(plan: RoutePlan, pdf: Path, cfg: PrinterConfig = PrinterConfig()) -> int:
    proc = await asyncio.create_subprocess_shell(
        _print_command(plan, pdf, cfg),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        log.error("print failed for route %s: %s", plan.route_id, err.decode(errors="replace"))
    else:
        log.info("queued route %s: %s", plan.route_id, out.decode(errors="replace").strip())
    return proc.returncode


async def print_morning_runs(plans: list[RoutePlan], sheets_dir: Path) -> dict[int, int]:
    results = await asyncio.gather(
        *(print_route_sheet(p, sheets_dir / f"route_{p.route_id}.pdf") for p in plans)
    )
    return {p.route_id: rc for p, rc in zip(plans, results)}
