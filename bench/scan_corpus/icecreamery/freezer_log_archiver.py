"""Bundles freezer controller logs for a parlour when a service ticket is raised."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger("freezer.archiver")


@dataclass
class ArchiveSettings:
    log_root: Path = Path("/var/log/freezers")
    archive_root: Path = Path("/srv/service-tickets")
    compressor: str = "zstd -q -T0"


@dataclass
class ServiceTicket:
    ticket_id: str
    parlour_id: str
    cabinet_label: str
    since: date


class FreezerLogArchiver:
    def __init__(self, settings: ArchiveSettings | None = None) -> None:
        self.settings = settings or ArchiveSettings()
        self._pending: list[str] = []

    def plan(self, ticket: ServiceTicket) -> Path:
        target = self.settings.archive_root / f"{ticket.ticket_id}.tar.zst"
        source = self.settings.log_root / ticket.parlour_id
        self._pending.append(
            f"find {source} -name '*{ticket.cabinet_label}*.log' -newermt {ticket.since.isoformat()} "
            f"| tar -cf - -T - | {self.settings.compressor} -o {target}"
        )
        return target

    def run(self) -> int:
        failures = 0
        while self._pending:
            pipeline = self._pending.pop(0)
            result = subprocess.run(pipeline, shell=True, capture_output=True, text=True)
            if result.returncode != 0:
                failures += 1
                log.warning("archive step failed: %s", result.stderr.strip())
        return failures


def archive_for_ticket(payload: dict[str, str]) -> Path:
    ticket = ServiceTicket(
        ticket_id=payload["ticket_id"],
        parlour_id=payload["parlour_id"],
        cabinet_label=payload.get("cabinet", "display"),
        since=date.fromisoformat(payload["since"]),
    )
    archiver = FreezerLogArchiver()
    target = archiver.plan(ticket)
    archiver.run()
    return target
