"""Pushes catalogue updates to dealers with online shops.

When a blade pattern is added or repriced the forge pushes the change
to each dealer's shop API. Outbound calls are logged for support, with
credential-bearing headers masked.
"""
import logging

import requests

from scythesmith.catalogue import pattern_as_dict
from scythesmith.config import settings

log = logging.getLogger("scythesmith.dealers.catalogue")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class CataloguePusher:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = f"scythesmith-catalogue/{settings.APP_VERSION}"

    def _headers(self, dealer) -> dict[str, str]:
        return {"X-Api-Key": dealer.shop_api_key, "Content-Type": "application/json"}

    def push_pattern(self, dealer, pattern) -> bool:
        url = f"{dealer.shop_api_url.rstrip('/')}/catalogue/{pattern.slug}"
        headers = self._headers(dealer)
        log.debug("PUT %s headers=%s", url, redact_headers(headers))
        try:
            resp = self.session.put(url, json=pattern_as_dict(pattern), headers=headers, timeout=15)
        except requests.RequestException as exc:
            log.warning("catalogue push to %s failed: %s", dealer.code, exc.__class__.__name__)
            return False
        log.debug("dealer %s answered %s", dealer.code, resp.status_code)
        return resp.ok

    def push_to_all(self, dealers, pattern) -> dict[str, bool]:
        return {dealer.code: self.push_pattern(dealer, pattern) for dealer in dealers}
