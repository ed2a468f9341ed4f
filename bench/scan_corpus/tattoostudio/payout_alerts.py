"""Weekly artist payouts with Slack alerts when the payment provider rejects a batch."""
import json
import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger("payouts")

PAYOUTS_URL = os.environ["PAYOUTS_API_URL"]
SLACK_WEBHOOK_URL = os.environ["PAYOUTS_SLACK_WEBHOOK"]


def _auth_headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['PAYOUTS_API_KEY']}",
        "Content-Type": "application/json",
    }


def _alert(text: str, details: dict) -> None:
    body = {"text": text, "attachments": [{"text": json.dumps(details, indent=2)}]}
    requests.post(SLACK_WEBHOOK_URL, json=body, timeout=5)


def submit_batch(studio: str, items: list[tuple[str, Decimal]]) -> str:
    headers = _auth_headers()
    payload = {
        "reference": f"{studio}-weekly",
        "items": [{"artist_account": acct, "amount": str(amount)} for acct, amount in items],
    }
    resp = requests.post(PAYOUTS_URL, json=payload, headers=headers, timeout=20)
    if resp.status_code >= 400:
        _alert(
            f":warning: payout batch for {studio} rejected ({resp.status_code})",
            {"url": PAYOUTS_URL, "headers": headers, "response": resp.text[:500]},
        )
        resp.raise_for_status()
    batch_id = resp.json()["id"]
    log.info("submitted payout batch %s for %s with %d items", batch_id, studio, len(items))
    return batch_id
