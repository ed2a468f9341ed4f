"""Pull survey status records from a classification society's web service.

The society exposes overdue/upcoming survey items per IMO number. Their
older regional endpoint still runs on a legacy load balancer, so the
client context is built to be accepted by it.
"""
from __future__ import annotations

import os
import ssl

import httpx

FEED_URL = os.environ.get("CLASS_FEED_URL", "")
CLIENT_CERT = os.environ.get("CLASS_FEED_CERT", "/etc/yard/pki/class-feed.pem")


def _client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(CLIENT_CERT)
    return ctx


def fetch_survey_items(imo_numbers: list[str]) -> dict[str, list[dict]]:
    if not FEED_URL:
        raise RuntimeError("CLASS_FEED_URL is not configured")
    results: dict[str, list[dict]] = {}
    with httpx.Client(verify=_client_context(), timeout=30.0) as client:
        for imo in imo_numbers:
            resp = client.get(f"{FEED_URL}/vessels/{imo}/survey-status")
            resp.raise_for_status()
            results[imo] = [
                {
                    "item": item["code"],
                    "description": item.get("text", ""),
                    "due": item.get("dueDate"),
                    "overdue": bool(item.get("overdue")),
                }
                for item in resp.json().get("items", [])
            ]
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(fetch_survey_items(sys.argv[1:]), indent=2))
