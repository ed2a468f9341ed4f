"""Client for the address autocomplete service used on the donation form.

The base URL and key come from the environment so staging can point at
the vendor's sandbox.
"""

import os
from dataclasses import dataclass

import requests

DEFAULT_BASE_URL = "https://api.getaddress.io"


@dataclass
class Suggestion:
    address: str
    id: str


class AddressAutocomplete:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 5.0):
        self.base_url = (base_url or os.environ.get("ADDRESS_API_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.api_key = api_key or os.environ["ADDRESS_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()

    def suggest(self, term: str, top: int = 6) -> list[Suggestion]:
        resp = self.session.get(
            f"{self.base_url}/autocomplete/{requests.utils.quote(term, safe='')}",
            params={"api-key": self.api_key, "top": top},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return [Suggestion(s["address"], s["id"]) for s in resp.json().get("suggestions", [])]

    def resolve(self, suggestion_id: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/get/{requests.utils.quote(suggestion_id, safe='')}",
            params={"api-key": self.api_key},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()
