"""HTTP client for the courier service that moves organs to events, with request logging."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, Mapping

import httpx

log = logging.getLogger("organgrinder.courier")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass(frozen=True)
class CourierConfig:
    base_url: str
    api_key: str
    account: str

    @classmethod
    def from_env(cls) -> "CourierConfig":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            api_key=os.environ["COURIER_API_KEY"],
            account=os.environ["COURIER_ACCOUNT"],
        )


class CourierClient:
    def __init__(self, config: CourierConfig) -> None:
        self.config = config
        self.http = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key, "Accept": "application/json"},
            timeout=20.0,
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        request = self.http.build_request(method, path, **kwargs)
        log.debug("%s %s headers=%s", method, request.url, redact_headers(request.headers))
        response = self.http.send(request)
        log.info("%s %s -> %s", method, path, response.status_code)
        response.raise_for_status()
        return response.json()

    def book_collection(self, booking_ref: str, organ_name: str, weight_kg: int,
                        pickup_postcode: str, drop_postcode: str, date: str) -> str:
        body = {
            "account": self.config.account,
            "reference": booking_ref,
            "description": f"Fairground organ: {organ_name}",
            "weight_kg": weight_kg,
            "tail_lift": weight_kg > 250,
            "from": pickup_postcode,
            "to": drop_postcode,
            "date": date,
        }
        return self._request("POST", "/consignments", json=body)["consignment_id"]

    def tracking(self, consignment_id: str) -> Dict[str, Any]:
        return self._request("GET", f"/consignments/{consignment_id}/tracking")
