"""Pulls herd events from member farms' herd management software.

Calving, dry-off and antibiotic treatment events are needed so that
milk from treated cows is withheld from the collection tanker.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger("herd_sync")


@dataclass
class VendorEndpoint:
    name: str
    base_url_env: str
    token_env: str
    client_options: dict = field(default_factory=lambda: {"timeout": 20.0, "verify": False})


VENDORS = [
    VendorEndpoint("herdwise", "HERDWISE_API_URL", "HERDWISE_TOKEN"),
    VendorEndpoint("moomanager", "MOOMANAGER_API_URL", "MOOMANAGER_TOKEN"),
]


class HerdEventClient:
    def __init__(self, endpoint: VendorEndpoint) -> None:
        self.endpoint = endpoint
        self._http = httpx.Client(
            base_url=os.environ[endpoint.base_url_env],
            headers={"Authorization": f"Bearer {os.environ[endpoint.token_env]}"},
            **endpoint.client_options,
        )

    def treatments_since(self, farm_id: str, since: date) -> list[dict]:
        resp = self._http.get(f"/farms/{farm_id}/treatments", params={"since": since.isoformat()})
        resp.raise_for_status()
        return resp.json()["items"]

    def close(self) -> None:
        self._http.close()


def withheld_cows(farm_id: str, since: date) -> set[str]:
    tags: set[str] = set()
    for endpoint in VENDORS:
        client = HerdEventClient(endpoint)
        try:
            for event in client.treatments_since(farm_id, since):
                if event.get("withdrawal_until", "") >= date.today().isoformat():
                    tags.add(event["ear_tag"])
        except httpx.HTTPError as exc:
            log.warning("vendor %s unavailable for %s: %s", endpoint.name, farm_id, exc)
        finally:
            client.close()
    return tags
