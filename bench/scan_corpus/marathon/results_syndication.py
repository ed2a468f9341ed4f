"""Syndicate provisional and final results to the broadcast media partner."""
import logging
import os

import requests

from results.db import finishers_since

log = logging.getLogger("results.syndication")


class MediaPartnerClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"ApiKey {api_key}", "User-Agent": "results-sync/2.3"})

    def publish(self, race_id: str, results: list[dict], final: bool = False) -> dict:
        url = f"{self.base_url}/races/{race_id}/results"
        payload = {"final": final, "results": results}
        log.debug("POST %s headers=%s n=%d", url, dict(self.session.headers), len(results))
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


def sync(race_id: str, since_ts: float, final: bool = False) -> int:
    client = MediaPartnerClient(os.environ["MEDIA_PARTNER_URL"], os.environ["MEDIA_PARTNER_KEY"])
    rows = [
        {"bib": r.bib, "name": r.display_name, "chip_time": r.chip_time, "position": r.position}
        for r in finishers_since(race_id, since_ts)
    ]
    if rows:
        client.publish(race_id, rows, final=final)
    log.info("synced %d results for %s (final=%s)", len(rows), race_id, final)
    return len(rows)
