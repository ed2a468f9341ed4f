"""Thin SDK around the drug-drug interaction screening service."""
from __future__ import annotations

from dataclasses import dataclass

import requests


@dataclass
class Interaction:
    ndc_a: str
    ndc_b: str
    severity: str
    description: str


class InteractionClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "ddi_live_7Hq2mV9xTz4RbN8cLw3PfY6sKd1GjE5aUo0",
        timeout: float = 10.0,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def screen(self, ndcs: list[str]) -> list[Interaction]:
        resp = self._session.post(
            f"{self._base_url}/v1/screen",
            json={"ndcs": ndcs},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return [
            Interaction(i["ndcA"], i["ndcB"], i["severity"], i["description"])
            for i in resp.json().get("interactions", [])
        ]

    def severe_only(self, ndcs: list[str]) -> list[Interaction]:
        return [i for i in self.screen(ndcs) if i.severity in {"major", "contraindicated"}]
