"""Upload of FSC chain-of-custody exports to the certification body.

Each month the mill sends its CoC volume summary (inputs by claim, outputs
by product group) to the certifier's intake API. Their endpoint throttles
aggressively, so uploads are retried with capped exponential backoff.
"""
import logging
import random
import time
from pathlib import Path

import requests

from sawyer.settings import FSC_INTAKE_URL, FSC_CERT_CODE, fsc_api_token

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 502, 503, 504}


def backoff_delay(attempt, base=1.5, cap=60.0):
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


def upload_export(path: Path, period: str, max_attempts=6):
    headers = {"Authorization": f"Bearer {fsc_api_token()}"}
    for attempt in range(max_attempts):
        with path.open("rb") as fh:
            resp = requests.post(
                FSC_INTAKE_URL,
                headers=headers,
                data={"certificate": FSC_CERT_CODE, "period": period},
                files={"export": (path.name, fh, "text/csv")},
                timeout=30,
            )
        if resp.status_code not in RETRY_STATUSES:
            resp.raise_for_status()
            log.info("CoC export %s accepted as %s", path.name, resp.json().get("receipt"))
            return resp.json()
        delay = backoff_delay(attempt)
        log.warning(
            "certifier returned %s for %s, retrying in %.1fs", resp.status_code, path.name, delay
        )
        time.sleep(delay)
    raise RuntimeError(f"gave up uploading {path.name} after {max_attempts} attempts")


def upload_pending(export_dir: Path, period: str):
    results = []
    for path in sorted(export_dir.glob(f"coc_{period}_*.csv")):
        results.append(upload_export(path, period))
        time.sleep(random.uniform(0.5, 2.0))
    return results
