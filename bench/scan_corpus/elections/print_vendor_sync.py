"""Sync ballot print orders with the print vendor's order API.

Run from cron every 15 minutes during the ballot production window:
    python -m jobs.print_vendor_sync --election 2024-11-05
"""
import argparse
import logging
import os
from datetime import datetime, timezone

import requests

log = logging.getLogger("print_vendor_sync")


class VendorClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._session = requests.Session()

    def authenticate(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        token = resp.json()["access_token"]
        log.debug("vendor auth ok for client %s, bearer %s", self._client_id, token)
        self._session.headers["Authorization"] = f"Bearer {token}"

    def open_orders(self, election: str) -> list[dict]:
        resp = self._session.get(f"{self.base_url}/orders", params={"election": election, "status": "open"}, timeout=30)
        resp.raise_for_status()
        return resp.json()["orders"]

    def update_quantity(self, order_id: str, quantity: int) -> None:
        resp = self._session.patch(f"{self.base_url}/orders/{order_id}", json={"quantity": quantity}, timeout=30)
        resp.raise_for_status()


def sync(client: VendorClient, election: str, required: dict[str, int]) -> int:
    changed = 0
    for order in client.open_orders(election):
        want = required.get(order["ballot_style"])
        if want is not None and want != order["quantity"]:
            client.update_quantity(order["id"], want)
            changed += 1
    log.info("%s: %d orders updated at %s", election, changed, datetime.now(timezone.utc).isoformat())
    return changed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--election", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    client = VendorClient(os.environ["PRINT_VENDOR_URL"], os.environ["PRINT_VENDOR_CLIENT_ID"],
                          os.environ["PRINT_VENDOR_CLIENT_SECRET"])
    client.authenticate()
    from .ballot_counts import required_quantities
    sync(client, args.election, required_quantities(args.election))


if __name__ == "__main__":
    main()
