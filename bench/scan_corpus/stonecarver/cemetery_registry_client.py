"""Client for the regional cemetery registry used to validate plots before permit filing."""

import os
from dataclasses import dataclass

import requests

REGISTRY_URL = os.environ.get("CEMETERY_REGISTRY_URL", "https://registry.example-council.gov/api")


@dataclass
class PlotRecord:
    cemetery_code: str
    section: str
    plot: str
    owner_of_rights: str
    memorial_allowed: bool
    max_height_mm: int | None


class CemeteryRegistryClient:
    def __init__(self, api_key: str | None = None, base_url: str = REGISTRY_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = (
            f"Token {api_key or os.environ['CEMETERY_REGISTRY_TOKEN']}"
        )

    def plot(self, cemetery_code: str, section: str, plot: str) -> PlotRecord:
        resp = self.session.get(
            f"{self.base_url}/cemeteries/{cemetery_code}/plots",
            params={"section": section, "plot": plot},
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        return PlotRecord(
            cemetery_code=cemetery_code,
            section=section,
            plot=plot,
            owner_of_rights=data["rights_holder"],
            memorial_allowed=data["memorial_permitted"],
            max_height_mm=data.get("max_memorial_height_mm"),
        )

    def check_memorial(self, cemetery_code: str, section: str, plot: str, height_mm: int) -> bool:
        record = self.plot(cemetery_code, section, plot)
        if not record.memorial_allowed:
            return False
        return record.max_height_mm is None or height_mm <= record.max_height_mm
