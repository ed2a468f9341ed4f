"""Client for the distribution partner API that lists our families in their marketplace."""

import logging

import requests

from typefounder.config import settings

logger = logging.getLogger("typefounder.distribution")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class DistributorClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or settings.distributor_base_url).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"X-Api-Key": api_key or settings.distributor_api_key, "Accept": "application/json"}
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        merged = {**self.session.headers, **kwargs.get("headers", {})}
        logger.debug("%s %s headers=%s", method, url, redact_headers(merged))
        resp = self.session.request(method, url, timeout=20, **kwargs)
        logger.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def upsert_family(self, family) -> dict:
        payload = {
            "external_id": family.slug,
            "name": family.name,
            "designer": family.designer_name,
            "styles": [s.name for s in family.styles.all()],
            "price": str(family.base_price),
        }
        return self._request("PUT", f"/v1/families/{family.slug}", json=payload)

    def withdraw_family(self, slug: str) -> None:
        self._request("DELETE", f"/v1/families/{slug}")
