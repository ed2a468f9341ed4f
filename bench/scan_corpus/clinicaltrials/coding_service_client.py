"""Client for the medical coding service (MedDRA / WHODrug autocoder).

Verbatim AE terms and concomitant medications are sent for auto-coding;
anything the service cannot code with confidence goes to a human coder.
"""
import logging
from collections.abc import Mapping

import requests

log = logging.getLogger("coding.client")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redacted(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class CodingClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0):
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def code_term(self, verbatim: str, dictionary: str = "MedDRA", version: str = "27.0") -> dict:
        url = f"{self._base_url}/autocode"
        params = {"term": verbatim, "dictionary": dictionary, "version": version}
        log.debug("GET %s params=%s headers=%s", url, params, _redacted(self._session.headers))
        resp = self._session.get(url, params=params, timeout=self._timeout)
        resp.raise_for_status()
        result = resp.json()
        if result.get("confidence", 0) < 0.9:
            log.info("term %r needs manual coding", verbatim)
        return result
