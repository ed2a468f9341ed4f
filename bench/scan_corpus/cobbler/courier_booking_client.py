"""HTTP client for the courier partner's booking API.

Wraps a requests session with the partner's bearer token and a response
hook that records each call for troubleshooting failed bookings.
"""
import logging

import requests

from cobbler.config import settings

log = logging.getLogger("cobbler.courier.http")


def _trace_response(response: requests.Response, *args, **kwargs) -> None:
    sent = response.request
    log.debug(
        "courier %s %s -> %s headers=%s",
        sent.method,
        sent.url,
        response.status_code,
        dict(sent.headers),
    )


class CourierBookingClient:
    def __init__(self, base_url: str = settings.COURIER_API_URL, token: str = settings.COURIER_API_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )
        self.session.hooks["response"].append(_trace_response)

    def quote(self, postcode_from: str, postcode_to: str, weight_g: int) -> dict:
        resp = self.session.post(
            f"{self.base_url}/quotes",
            json={"from": postcode_from, "to": postcode_to, "weight_g": weight_g},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()

    def book(self, parcel_reference: str, quote_id: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/bookings",
            json={"reference": parcel_reference, "quote_id": quote_id},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["booking_id"]

    def cancel(self, booking_id: str) -> None:
        self.session.delete(f"{self.base_url}/bookings/{booking_id}", timeout=10).raise_for_status()
