"""HTTP client for the stainless tubing supplier's portal.

Downloads mill certificates for the cannula tubing heats we receive, so
that incoming inspection can attach them to the material lot.
"""
import logging
from typing import Mapping

import requests

from needlemaker.config import settings

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redacted(headers: Mapping[str, str]) -> dict:
    return {
        name: ("<redacted>" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class SupplierPortal:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": settings.TUBING_SUPPLIER_API_KEY,
                "Accept": "application/pdf, application/json",
            }
        )

    def _request(self, method: str, url: str, **kwargs) -> requests.Response:
        prepared = self.session.prepare_request(requests.Request(method, url, **kwargs))
        log.debug("%s %s headers=%s", method, url, redacted(prepared.headers))
        response = self.session.send(prepared, timeout=30)
        log.debug("%s %s -> %s", method, url, response.status_code)
        response.raise_for_status()
        return response

    def list_heats(self, purchase_order: str) -> list:
        url = f"{settings.TUBING_SUPPLIER_URL}/orders/{purchase_order}/heats"
        return self._request("GET", url).json()["heats"]

    def mill_certificate(self, heat_number: str) -> bytes:
        url = f"{settings.TUBING_SUPPLIER_URL}/heats/{heat_number}/certificate"
        return self._request("GET", url).content
