"""Push new and updated voter registrations from the county system to the
statewide voter registration database (SVRD)."""
import ipaddress
import logging
import os
from urllib.parse import urlsplit

import requests

log = logging.getLogger("voter.push")


def svrd_base_url() -> str:
    url = os.environ["SVRD_BASE_URL"].rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise RuntimeError("SVRD_BASE_URL must use https")
    try:
        ipaddress.ip_address(parts.hostname or "")
    except ValueError:
        return url
    raise RuntimeError("SVRD_BASE_URL must use the registered DNS name, not an IP literal")


class SvrdPusher:
    def __init__(self, token_provider, batch_size: int = 200):
        self._base = svrd_base_url()
        self._tokens = token_provider
        self._batch_size = batch_size
        self._session = requests.Session()

    def push(self, registrations: list[dict]) -> int:
        sent = 0
        for i in range(0, len(registrations), self._batch_size):
            batch = registrations[i : i + self._batch_size]
            resp = self._session.post(
                f"{self._base}/registrations/batch",
                json={"county": os.environ["COUNTY_FIPS"], "records": batch},
                headers=self._tokens.auth_header(),
                timeout=60,
            )
            resp.raise_for_status()
            sent += len(batch)
        log.info("pushed %d registrations to SVRD", sent)
        return sent
