"""Client for the processing plant's intake API.

Before a well-boat sails, the harvest planner books an intake slot at the
processing plant and sends expected biomass and average weight.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict

import httpx


@dataclass
class PlantLink:
    base_url: str = field(default_factory=lambda: os.environ["PLANT_API_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("PLANT_CA_BUNDLE", "/etc/fishfarm/tls/plant-ca.pem"))
    client_cert: str = "/etc/fishfarm/tls/harvest-planner.crt"
    client_key: str = "/etc/fishfarm/tls/harvest-planner.key"
    min_tls: str = "TLSv1_2"


def tls_context(link: PlantLink) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=link.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion[link.min_tls]
    ctx.load_cert_chain(link.client_cert, link.client_key)
    return ctx


class IntakeClient:
    def __init__(self, link: PlantLink | None = None) -> None:
        self.link = link or PlantLink()
        self.http = httpx.Client(base_url=self.link.base_url, verify=tls_context(self.link), timeout=20)

    def book_slot(self, vessel: str, arrival: datetime, biomass_kg: float, avg_weight_kg: float) -> Dict[str, Any]:
        resp = self.http.post(
            "/intake/slots",
            json={
                "vessel": vessel,
                "eta": arrival.isoformat(),
                "biomass_kg": round(biomass_kg),
                "avg_weight_kg": round(avg_weight_kg, 2),
            },
        )
        resp.raise_for_status()
        return resp.json()

    def cancel_slot(self, slot_id: str) -> None:
        self.http.delete(f"/intake/slots/{slot_id}").raise_for_status()
