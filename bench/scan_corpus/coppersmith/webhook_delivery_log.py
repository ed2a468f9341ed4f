"""Outbound webhook delivery to distillery ERP systems.

Larger customers subscribe to order stage changes; every delivery attempt
is logged so support can answer "did you send it?" questions.
"""
import logging

import requests

from coppersmith.integrations import subscription_for

logger = logging.getLogger("coppersmith.webhooks.outbound")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "x-erp-token"}


def redact_headers(headers: dict) -> dict:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def deliver(account_id: int, event: dict) -> bool:
    sub = subscription_for(account_id)
    headers = {
        "Content-Type": "application/json",
        "Authorization": f"Bearer {sub.erp_token}",
        "X-Event-Type": event["type"],
    }
    try:
        response = requests.post(sub.url, json=event, headers=headers, timeout=10)
    except requests.RequestException as exc:
        logger.warning("delivery to %s failed: %s", sub.url, exc)
        return False
    logger.info(
        "delivered %s to %s status=%s headers=%s",
        event["type"], sub.url, response.status_code, redact_headers(headers),
    )
    return response.ok
