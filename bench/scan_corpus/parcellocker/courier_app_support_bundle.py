"""Attach a diagnostics snapshot when a courier files a support ticket."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Callable

import requests

SUPPORT_WEBHOOK = os.environ["COURIER_SUPPORT_WEBHOOK"]
CONFIG_PREFIXES = ("LOCKER_", "CARRIER_", "COURIER_APP_")


def _prefixed_settings(prefixes: tuple[str, ...]) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(prefixes)}


@dataclass
class SupportTicket:
    courier_id: str
    depot: str
    summary: str
    app_version: str
    settings: dict[str, str] = field(default_factory=dict)


class SupportBundleBuilder:
    def __init__(self, collect: Callable[[tuple[str, ...]], dict[str, str]] = _prefixed_settings):
        self._collect = collect

    def build(self, courier_id: str, depot: str, summary: str, app_version: str) -> SupportTicket:
        return SupportTicket(
            courier_id=courier_id,
            depot=depot,
            summary=summary,
            app_version=app_version,
            settings=self._collect(CONFIG_PREFIXES),
        )


def _as_slack_message(ticket: SupportTicket) -> dict:
    body = asdict(ticket)
    lines = [f"*{k}*: {v}" for k, v in body.pop("settings").items()]
    return {
        "text": f"Courier {ticket.courier_id} @ {ticket.depot}: {ticket.summary}",
        "attachments": [{"title": "app settings", "text": "\n".join(lines)}],
    }


def file_ticket(courier_id: str, depot: str, summary: str, app_version: str) -> None:
    ticket = SupportBundleBuilder().build(courier_id, depot, summary, app_version)
    resp = requests.post(SUPPORT_WEBHOOK, json=_as_slack_message(ticket), timeout=8)
    resp.raise_for_status()


if __name__ == "__main__":
    file_ticket("C-88123", "KRK-02", "drop-off screen freezes on compartment select", "4.12.0")
