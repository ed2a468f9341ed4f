"""Connector to the external testing lab's LIMS for effluent sample results.

Effluent samples are sent to an accredited lab; their LIMS exposes results
over a REST API that requires a bearer token issued to the dye house.
"""
import logging
import os
from typing import Dict, Iterable, List

import httpx

logger = logging.getLogger("lims")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Dict[str, str]) -> Dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _log_request(request: httpx.Request) -> None:
    logger.debug("LIMS -> %s %s %s", request.method, request.url, redact_headers(dict(request.headers)))


def _log_response(response: httpx.Response) -> None:
    logger.debug("LIMS <- %s %s", response.status_code, response.request.url)


class LimsClient:
    def __init__(self, base_url: str = None, token: str = None):
        self._client = httpx.Client(
            base_url=base_url or os.environ["LIMS_BASE_URL"],
            headers={"Authorization": f"Bearer {token or os.environ['LIMS_TOKEN']}"},
            timeout=30.0,
            event_hooks={"request": [_log_request], "response": [_log_response]},
        )

    def results_for(self, sample_ids: Iterable[str]) -> List[dict]:
        ids = list(sample_ids)
        resp = self._client.get("/api/results", params={"sample": ids})
        resp.raise_for_status()
        results = resp.json()["results"]
        logger.info("fetched %d LIMS results for %d samples", len(results), len(ids))
        return results

    def close(self) -> None:
        self._client.close()


def exceedances(results: List[dict], limits: Dict[str, float]) -> List[dict]:
    flagged = []
    for r in results:
        limit = limits.get(r["parameter"])
        if limit is not None and r["value"] > limit:
            flagged.append(r)
    return flagged
