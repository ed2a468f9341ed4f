"""Nightly sync of completed repairs to the council's highways portal.

The council portal expects each completed job with its fault reference,
completion time and the work done. Requests are authenticated with an API
key header issued to the contractor.
"""
from __future__ import annotations

import logging
from typing import Iterable, Mapping

import httpx

from lamplighter.settings import settings

log = logging.getLogger("lamplighter.portal_sync")

REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.COUNCIL_PORTAL_URL,
        headers={"X-Api-Key": settings.COUNCIL_PORTAL_API_KEY, "User-Agent": "lamplighter-sync/2"},
        timeout=20.0,
    )


def push_completed_jobs(jobs: Iterable[dict]) -> int:
    pushed = 0
    with _client() as client:
        for job in jobs:
            body = {
                "fault_ref": job["council_ref"],
                "completed_at": job["completed_at"].isoformat(),
                "action_code": job["action_code"],
                "notes": job.get("crew_notes", ""),
            }
            resp = client.post("/api/v1/streetlighting/completions", json=body)
            if resp.is_error:
                log.error("portal rejected %s: %s headers=%s", job["council_ref"], resp.status_code, redact(resp.request.headers))
                continue
            pushed += 1
    log.info("pushed %d completed jobs to council portal", pushed)
    return pushed
