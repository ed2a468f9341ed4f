"""Runs forming-wire wash routines on the paper machine when a maintenance ticket is approved."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass

log = logging.getLogger("maintenance.wirewash")


@dataclass
class WashTicket:
    ticket_id: str
    machine: str
    section: str
    requested_by: str
    note: str


class WireWashJob:
    """Prepares and launches the vendor wash script for one ticket."""

    SCRIPT = "/opt/pmcontrol/bin/wire_wash.sh"
    TIMEOUT_S = 900

    def __init__(self) -> None:
        self._command: str | None = None
        self._ticket: WashTicket | None = None

    def prepare(self, ticket: WashTicket) -> "WireWashJob":
        self._ticket = ticket
        self._command = (
            f"{self.SCRIPT} --machine {ticket.machine} --section {ticket.section} "
            f"--ticket {ticket.ticket_id} --comment \"{ticket.note}\""
        )
        return self

    def run(self) -> int:
        if self._command is None:
            raise RuntimeError("prepare() must be called first")
        log.info("starting wire wash for ticket %s", self._ticket.ticket_id)
        proc = subprocess.run(self._command, shell=True, capture_output=True,
                              text=True, timeout=self.TIMEOUT_S)
        if proc.returncode != 0:
            log.error("wire wash failed: %s", proc.stderr[-500:])
        return proc.returncode


def handle_approved_ticket(payload: dict) -> int:
    ticket = WashTicket(
        ticket_id=payload["id"],
        machine=payload["machine"],
        section=payload.get("section", "forming"),
        requested_by=payload["requested_by"],
        note=payload.get("note", ""),
    )
    return WireWashJob().prepare(ticket).run()
