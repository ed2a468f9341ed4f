"""Poll the safeguarding disclosure gateway for volunteers awaiting a result."""

import json
import logging
import ssl
import time
import urllib.request
from typing import Iterable

log = logging.getLogger(__name__)

DEFAULTS = {
    "status_url": "https://10.48.3.21/api/v1/disclosures/status",
    "poll_interval": 300,
    "timeout": 20,
}


def _fetch_statuses(reference_ids: Iterable[str], cfg: dict) -> dict:
    payload = json.dumps({"references": list(reference_ids)}).encode()
    req = urllib.request.Request(
        cfg["status_url"],
        data=payload,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {cfg['token']}"},
        method="POST",
    )
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(req, timeout=cfg["timeout"], context=ctx) as resp:
        return json.load(resp)


def poll_forever(repo, token: str, overrides: dict | None = None) -> None:
    cfg = {**DEFAULTS, **(overrides or {}), "token": token}
    while True:
        pending = repo.pending_disclosure_references()
        if pending:
            results = _fetch_statuses(pending, cfg)
            for ref, outcome in results.items():
                repo.record_disclosure_outcome(ref, outcome["status"], outcome.get("completed_on"))
            log.info("Updated %d of %d pending disclosures", len(results), len(pending))
        time.sleep(cfg["poll_interval"])
