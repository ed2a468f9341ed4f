"""Client for the towpath maintenance ticketing API used by the field app."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import requests


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} must be set")
    return value


@dataclass(frozen=True)
class TicketApiSettings:
    base_url: str = field(default_factory=lambda: _required("TOWPATH_API_URL").rstrip("/"))
    token: str = field(default_factory=lambda: _required("TOWPATH_API_TOKEN"), repr=False)
    ca_bundle: str = os.environ.get("TOWPATH_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    timeout: float = 10.0


class TowpathTicketClient:
    def __init__(self, settings: TicketApiSettings | None = None) -> None:
        self.settings = settings or TicketApiSettings()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.settings.token}"
        self.session.verify = self.settings.ca_bundle

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url}/{path.lstrip('/')}"

    def open_ticket(self, section: str, category: str, description: str, grid_ref: str) -> str:
        payload: dict[str, Any] = {
            "section": section,
            "category": category,
            "description": description,
            "grid_ref": grid_ref,
        }
        resp = self.session.post(self._url("/tickets"), json=payload, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()["reference"]

    def add_note(self, reference: str, note: str) -> None:
        resp = self.session.post(
            self._url(f"/tickets/{reference}/notes"),
            json={"text": note},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()

    def open_in_section(self, section: str) -> list[dict[str, Any]]:
        resp = self.session.get(
            self._url("/tickets"),
            params={"section": section, "status": "open"},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["items"]
