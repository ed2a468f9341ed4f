"""Reads daily intake capacity from the cooperative's rendering plants.

The plants sit behind the cooperative's private certificate authority, so
the session trusts that CA bundle in addition to the TLS handshake checks.
"""
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from knacker.config import settings


@dataclass
class PlantCapacity:
    plant_id: str
    available_kg: int
    closes_at: str


def _session() -> requests.Session:
    session = requests.Session()
    session.verify = settings.COOP_CA_BUNDLE
    session.headers.update({"Authorization": f"Bearer {settings.COOP_API_TOKEN}"})
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def fetch_capacity(plant_ids: list[str]) -> list[PlantCapacity]:
    session = _session()
    result = []
    for plant_id in plant_ids:
        resp = session.get(f"{settings.COOP_API_BASE}/plants/{plant_id}/capacity", timeout=20)
        resp.raise_for_status()
        body = resp.json()
        result.append(PlantCapacity(plant_id, int(body["available_kg"]), body["closes_at"]))
    return result


def best_plant(plant_ids: list[str], load_kg: int) -> PlantCapacity | None:
    options = [p for p in fetch_capacity(plant_ids) if p.available_kg >= load_kg]
    return max(options, key=lambda p: p.available_kg, default=None)
