"""Books our turnouts into driving-society shows and fetches class schedules."""
import os
from dataclasses import dataclass, asdict
from datetime import date

import requests


@dataclass
class Settings:
    base_url: str = os.environ.get("SHOW_SOCIETY_URL", "https://entries.drivingsociety.org.uk/api")
    api_key: str = os.environ.get("SHOW_SOCIETY_API_KEY", "")
    timeout: float = 15.0


@dataclass
class ShowEntry:
    show_id: str
    class_no: int
    driver: str
    vehicle: str
    animal: str


class ShowSocietyClient:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        if not self.settings.api_key:
            raise RuntimeError("SHOW_SOCIETY_API_KEY is not set")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = self.settings.api_key

    def schedule(self, show_id: str) -> list[dict]:
        resp = self.session.get(
            f"{self.settings.base_url}/shows/{show_id}/classes", timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp.json()["classes"]

    def enter(self, entry: ShowEntry) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/entries", json=asdict(entry), timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp.json()["entry_no"]

    def upcoming(self, after: date) -> list[dict]:
        resp = self.session.get(
            f"{self.settings.base_url}/shows",
            params={"from": after.isoformat()},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["shows"]
