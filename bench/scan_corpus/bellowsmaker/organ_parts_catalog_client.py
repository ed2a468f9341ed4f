"""Client for the organ builders' parts catalogue.

Looks up pallet valves, reservoir springs, concussion bellows kits and
schwimmer parts by catalogue number when quoting organ wind-system work.

Configuration comes from the environment, e.g. in the service unit:

    ORGAN_CATALOG_URL=https://catalog.organparts.example.de/api
    ORGAN_CATALOG_KEY=<issued by the catalogue, see the ops vault>
"""
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogSettings:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "ORGAN_CATALOG_URL", "https://catalog.organparts.example.de/api"))
    api_key: str = field(default_factory=lambda: os.environ["ORGAN_CATALOG_KEY"], repr=False)
    timeout: float = 15.0


@dataclass
class CatalogPart:
    number: str
    title: str
    material: str
    price_eur: float
    in_stock: bool


class OrganCatalogClient:
    def __init__(self, settings: CatalogSettings | None = None):
        self.settings = settings or CatalogSettings()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {self.settings.api_key}"

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.settings.base_url}{path}", params=params,
                                timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def part(self, number: str) -> CatalogPart:
        data = self._get(f"/parts/{requests.utils.quote(number, '')}")
        return CatalogPart(
            number=data["number"],
            title=data["title"],
            material=data.get("material", ""),
            price_eur=float(data["price"]["eur"]),
            in_stock=bool(data.get("stock", 0)),
        )

    def search(self, text: str, category: str = "wind-system") -> list[CatalogPart]:
        data = self._get("/parts", q=text, category=category, limit=25)
        log.info("catalogue search %r in %s: %d hits", text, category, len(data["results"]))
        return [self.part(row["number"]) for row in data["results"]]


@lru_cache(maxsize=1)
def default_client() -> OrganCatalogClient:
    return OrganCatalogClient()
