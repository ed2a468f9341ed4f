"""Pushes beach hut maintenance reports into the council facilities helpdesk."""

from __future__ import annotations

import logging
import os
import platform
import socket
from dataclasses import dataclass, field

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("maintenance.helpdesk")


@dataclass
class HelpdeskConfig:
    url: str = field(default_factory=lambda: os.environ["HELPDESK_URL"])
    token: str = field(default_factory=lambda: os.environ["HELPDESK_TOKEN"], repr=False)
    queue: str = field(default_factory=lambda: os.environ.get("HELPDESK_QUEUE", "SEAFRONT"))


class HelpdeskClient:
    def __init__(self, engine: Engine, config: HelpdeskConfig | None = None):
        self.engine = engine
        self.config = config or HelpdeskConfig()

    def _unsent(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT r.id, h.number AS hut, h.zone, r.category, r.summary, r.reported_at "
                    "FROM maintenance_reports r JOIN huts h ON h.id = r.hut_id "
                    "WHERE r.helpdesk_ref IS NULL ORDER BY r.reported_at LIMIT 100"
                )
            )
            return [dict(r._mapping) for r in rows]

    def _ticket(self, report: dict) -> dict:
        return {
            "queue": self.config.queue,
            "title": f"Beach hut {report['hut']} ({report['zone']}): {report['category']}",
            "description": report["summary"],
            "external_ref": f"BH-MR-{report['id']}",
            "reported_at": report["reported_at"].isoformat(),
            "source": {"host": socket.gethostname(), "python": platform.python_version()},
        }

    def sync(self) -> int:
        sent = 0
        with httpx.Client(
            base_url=self.config.url,
            headers={"Authorization": f"Token {self.config.token}"},
            timeout=20,
        ) as client:
            for report in self._unsent():
                resp = client.post("/api/tickets", json=self._ticket(report))
                if resp.status_code != 201:
                    log.warning("helpdesk rejected report %s: %s", report["id"], resp.status_code)
                    continue
                with self.engine.begin() as conn:
                    conn.execute(
                        text("UPDATE maintenance_reports SET helpdesk_ref = :ref WHERE id = :id"),
                        {"ref": resp.json()["ticket_id"], "id": report["id"]},
                    )
                sent += 1
        log.info("sent %d maintenance reports to the helpdesk", sent)
        return sent
