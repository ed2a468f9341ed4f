"""Client for the card terminal provider used at the studio shop counter."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("shop.terminal")


@dataclass(frozen=True)
class TerminalConfig:
    base_url: str
    api_key: str
    location_id: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "TerminalConfig":
        return cls(
            base_url=os.environ["TERMINAL_API_URL"],
            api_key=os.environ["TERMINAL_API_KEY"],
            location_id=os.environ["TERMINAL_LOCATION_ID"],
        )


class TerminalClient:
    def __init__(self, config: TerminalConfig) -> None:
        self.config = config
        self._http = requests.Session()
        self._http.headers.update(self._auth_headers())

    def _auth_headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "X-Location": self.config.location_id,
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url.rstrip('/')}{path}"
        log.debug("%s %s headers=%s body=%s", method, url, dict(self._http.headers),
                  kwargs.get("json"))
        resp = self._http.request(method, url, timeout=self.config.timeout, **kwargs)
        log.info("%s %s -> %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def start_checkout(self, order_ref: str, amount_pence: int, device_id: str) -> str:
        body = {"reference": order_ref, "amount": amount_pence, "currency": "GBP",
                "device_id": device_id}
        return self._request("POST", "/v2/terminal/checkouts", json=body)["id"]

    def checkout_status(self, checkout_id: str) -> str:
        return self._request("GET", f"/v2/terminal/checkouts/{checkout_id}")["status"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = TerminalClient(TerminalConfig.from_env())
    print(client.checkout_status(os.environ.get("CHECKOUT_ID", "")))
