"""Push a tower's confirmed Sunday rota to the guild rota service.

Settings are read from the tower PC's .env file; the request body carries
only rota data, and the API token goes in the Authorization header.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import requests
from dotenv import load_dotenv

log = logging.getLogger("rota.client")


@dataclass
class RotaEntry:
    service_date: date
    service: str
    ringers: list[str]

    def as_json(self) -> dict:
        data = asdict(self)
        data["service_date"] = self.service_date.isoformat()
        return data


@dataclass(frozen=True)
class ClientSettings:
    api_url: str
    api_token: str
    tower_code: str

    @classmethod
    def load(cls) -> "ClientSettings":
        load_dotenv()
        return cls(
            api_url=os.environ["ROTA_API_URL"].rstrip("/"),
            api_token=os.environ["ROTA_API_TOKEN"],
            tower_code=os.environ["TOWER_CODE"],
        )


class RotaSyncClient:
    def __init__(self, settings: ClientSettings) -> None:
        self.settings = settings
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {settings.api_token}"

    def push(self, entries: list[RotaEntry]) -> int:
        body = {"tower": self.settings.tower_code, "entries": [e.as_json() for e in entries]}
        resp = self.http.put(
            f"{self.settings.api_url}/towers/{self.settings.tower_code}/rota",
            json=body,
            timeout=15,
        )
        resp.raise_for_status()
        accepted = int(resp.json().get("accepted", 0))
        log.info("Pushed %d rota entries for %s", accepted, self.settings.tower_code)
        return accepted


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = RotaSyncClient(ClientSettings.load())
    client.push([RotaEntry(date.today(), "Sung Eucharist", ["Ann", "Bill", "Cath", "Dev", "Eve", "Fran"])])
