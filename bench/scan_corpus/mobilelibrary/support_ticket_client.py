"""Opens IT support tickets from the staff tablet's "Report a problem" screen.

The ticket carries the staff member's description plus a little context:
the app build and which optional features are switched on for this van.
Feature switches are plain on/off flags in MOBILIB_FEATURE_* variables.
"""
from __future__ import annotations

import os
import platform
from dataclasses import asdict, dataclass, field

import httpx

FEATURE_PREFIX = "MOBILIB_FEATURE_"


def enabled_features(environ: os._Environ | dict = os.environ) -> list[str]:
    return sorted(
        name[len(FEATURE_PREFIX):].lower()
        for name, value in environ.items()
        if name.startswith(FEATURE_PREFIX) and value.strip().lower() in {"1", "true", "on"}
    )


@dataclass
class Ticket:
    summary: str
    description: str
    van_code: str
    reporter: str
    app_build: str = field(default_factory=lambda: os.environ.get("APP_BUILD", "unknown"))
    os_version: str = field(default_factory=platform.platform)
    features: list[str] = field(default_factory=enabled_features)


class SupportDeskClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0) -> None:
        self.client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=timeout,
        )

    def open_ticket(self, ticket: Ticket) -> str:
        resp = self.client.post("/api/v2/tickets", json={
            "queue": "mobile-library",
            "ticket": asdict(ticket),
        })
        resp.raise_for_status()
        return resp.json()["reference"]


def report_problem(summary: str, description: str, reporter: str) -> str:
    client = SupportDeskClient(os.environ["SUPPORT_DESK_URL"], os.environ["SUPPORT_DESK_TOKEN"])
    ticket = Ticket(summary=summary, description=description,
                    van_code=os.environ["VAN_CODE"], reporter=reporter)
    return client.open_ticket(ticket)
