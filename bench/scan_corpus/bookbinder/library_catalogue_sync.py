"""Nightly sync of volumes-in-treatment to partner library catalogues.

Partner libraries want their catalogue to show "at bindery for conservation"
while a volume is with us. Each night we push the current list to each
library's catalogue API using the credentials they issued us.
"""
import logging
from collections.abc import Mapping

import httpx

log = logging.getLogger("bindery.catalogue_sync")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def push_library(client: httpx.Client, library: dict, volumes: list[dict]) -> bool:
    headers = {
        "Authorization": f"Bearer {library['catalogue_token']}",
        "X-Client": "bindery-sync/3.1",
    }
    payload = {
        "status": "at_bindery",
        "items": [{"barcode": v["barcode"], "since": v["received_on"]} for v in volumes],
    }
    resp = client.put(library["catalogue_url"], json=payload, headers=headers)
    if resp.is_error:
        log.error(
            "catalogue sync failed for %s: %s %s request_headers=%s",
            library["code"],
            resp.status_code,
            resp.text[:200],
            redact_headers(headers),
        )
        return False
    log.info("catalogue sync for %s: %d volumes", library["code"], len(volumes))
    return True


def run_sync(libraries: list[dict], volumes_by_library: dict[str, list[dict]]) -> int:
    failures = 0
    with httpx.Client(timeout=30) as client:
        for library in libraries:
            ok = push_library(client, library, volumes_by_library.get(library["code"], []))
            failures += 0 if ok else 1
    return failures
