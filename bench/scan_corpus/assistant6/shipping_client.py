"""Client for the carrier's shipping label API."""
import os

import httpx

DEFAULT_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    # carrier uses a private CA; bundle is shipped in the container image
    "verify": os.environ.get("CARRIER_CA_BUNDLE", "/etc/ssl/certs/carrier-ca.pem"),
    "headers": {"Accept": "application/json"},
}


class ShippingClient:
    def __init__(self, base_url: str, api_key: str, **overrides):
        opts = {**DEFAULT_CLIENT_OPTIONS, **overrides}
        self._http = httpx.Client(base_url=base_url, **opts)
        self._http.headers["X-Api-Key"] = api_key

    def create_label(self, order_id: str, address: dict) -> bytes:
        resp = self._http.post("/labels", json={"reference": order_id, "to": address})
        resp.raise_for_status()
        return resp.content
