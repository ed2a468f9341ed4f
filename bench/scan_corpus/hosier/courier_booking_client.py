"""Books courier collections for pallet shipments to wholesale customers."""
import logging
import os
from datetime import date

import httpx

log = logging.getLogger("hosier.courier")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _log_response(response: httpx.Response) -> None:
    req = response.request
    if response.is_error:
        response.read()
        log.error(
            "courier %s %s -> %s headers=%s body=%s",
            req.method, req.url, response.status_code, redact_headers(req.headers), response.text[:300],
        )
    else:
        log.debug("courier %s %s -> %s", req.method, req.url, response.status_code)


class CourierClient:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.palletways-partner.com/v1"):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key or os.environ["COURIER_API_KEY"]},
            timeout=20.0,
            event_hooks={"response": [_log_response]},
        )

    def book_collection(self, pallets: int, weight_kg: float, ready: date, order_refs: list[str]) -> str:
        resp = self._client.post("/collections", json={
            "pallets": pallets,
            "weight_kg": weight_kg,
            "ready_date": ready.isoformat(),
            "references": order_refs,
            "site": "HOSIER-LEICESTER",
        })
        resp.raise_for_status()
        booking = resp.json()["booking_ref"]
        log.info("booked collection %s for %d pallets (%s)", booking, pallets, ", ".join(order_refs))
        return booking

    def cancel(self, booking_ref: str) -> None:
        self._client.delete(f"/collections/{booking_ref}").raise_for_status()
        log.info("cancelled collection %s", booking_ref)
