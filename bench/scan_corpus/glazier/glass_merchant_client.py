"""HTTP client for the glass merchant's trade ordering API.

Used to place sealed-unit orders (e.g. 4mm Planitherm / 16mm argon / 4mm
toughened, warm-edge spacer) and poll for delivery slots.
"""
import logging
import os
import time

import httpx

log = logging.getLogger("merchant.client")

BASE_URL = os.environ.get("MERCHANT_API_URL", "https://trade.glassmerchant.example/api/v3")


class MerchantClient:
    def __init__(self, account_no: str, token: str | None = None):
        self.account_no = account_no
        self._client = httpx.Client(
            base_url=BASE_URL,
            timeout=30.0,
            headers={
                "Authorization": f"Bearer {token or os.environ['MERCHANT_API_TOKEN']}",
                "Accept": "application/json",
                "X-Account": account_no,
            },
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        started = time.perf_counter()
        response = self._client.request(method, path, **kwargs)
        elapsed = (time.perf_counter() - started) * 1000
        log.debug(
            "%s %s -> %s in %.0fms headers=%s",
            method, path, response.status_code, elapsed, dict(response.request.headers),
        )
        response.raise_for_status()
        return response.json()

    def place_order(self, job_ref: str, units: list[dict]) -> str:
        body = {"customer_ref": job_ref, "lines": units}
        data = self._request("POST", "/orders", json=body)
        log.info("Merchant order %s placed for job %s", data["order_no"], job_ref)
        return data["order_no"]

    def delivery_slots(self, postcode: str) -> list[str]:
        data = self._request("GET", "/delivery-slots", params={"postcode": postcode})
        return [slot["date"] for slot in data.get("slots", [])]

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
