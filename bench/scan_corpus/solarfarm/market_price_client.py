"""Day-ahead market price feed client.

The power exchange exposes prices through an mTLS endpoint signed by its own
private CA; the CA bundle and our client certificate are mounted into the
container by the deployment.
"""

import os
import ssl
from datetime import date
from decimal import Decimal

import httpx


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["PX_CA_BUNDLE"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["PX_CLIENT_CERT"], os.environ["PX_CLIENT_KEY"])
    return ctx


class PriceFeedClient:
    def __init__(self, base_url: str, **client_opts):
        opts = {"timeout": 15.0, "verify": _tls_context(), **client_opts}
        self._client = httpx.Client(base_url=base_url, **opts)

    def day_ahead(self, bidding_zone: str, delivery_day: date) -> dict[int, Decimal]:
        resp = self._client.get(
            "/api/v1/day-ahead",
            params={"zone": bidding_zone, "date": delivery_day.isoformat()},
        )
        resp.raise_for_status()
        return {int(p["hour"]): Decimal(str(p["price_eur_mwh"])) for p in resp.json()["prices"]}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PriceFeedClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
