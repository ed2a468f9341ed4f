"""Push split times to the timing-data partner that powers the TV graphics."""
import logging
import os

import requests

log = logging.getLogger("results.partner_sync")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class SplitsPartner:
    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Content-Type": "application/json"})

    @classmethod
    def from_env(cls) -> "SplitsPartner":
        return cls(os.environ["SPLITS_PARTNER_URL"], os.environ["SPLITS_PARTNER_KEY"])

    def push_splits(self, race_id: str, splits: list[dict]) -> None:
        url = f"{self.base_url}/v1/races/{race_id}/splits"
        log.debug("POST %s headers=%s n=%d", url, redact_headers(self.session.headers), len(splits))
        resp = self.session.post(url, json={"splits": splits}, timeout=10)
        if resp.status_code >= 400:
            log.error("partner rejected %d splits: %s %s", len(splits), resp.status_code, resp.text[:200])
        resp.raise_for_status()
