"""Client for the image rights clearance service used by the picture library.

Credentials come from the environment (populated from the secrets manager at
deploy time); only the header names and paths are fixed here.
"""
import os
from dataclasses import dataclass

import httpx

API_KEY_ENV = "RIGHTS_API_KEY"
API_KEY_HEADER = "X-Rights-Api-Key"
BASE_URL_ENV = "RIGHTS_API_BASE_URL"
LICENCE_PATH = "/v2/licences"


@dataclass
class LicenceQuote:
    image_id: str
    usage: str
    price_pence: int
    licence_terms_url: str


class RightsClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self._client = httpx.Client(
            base_url=base_url or os.environ[BASE_URL_ENV],
            headers={API_KEY_HEADER: api_key or os.environ[API_KEY_ENV]},
            timeout=timeout,
        )

    def quote(self, image_id: str, usage: str, print_run: int | None = None) -> LicenceQuote:
        payload = {"imageId": image_id, "usage": usage}
        if print_run:
            payload["printRun"] = print_run
        resp = self._client.post(f"{LICENCE_PATH}/quote", json=payload)
        resp.raise_for_status()
        body = resp.json()
        return LicenceQuote(image_id, usage, body["pricePence"], body["termsUrl"])

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
