"""Issues single-use prize vouchers for contest winners and pushes them to the
fulfilment partner. Vouchers are redeemed on the partner's site.
"""
import logging
import os
import random
import secrets
import string
import time

import requests

log = logging.getLogger(__name__)

VOUCHER_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
VOUCHER_LENGTH = 12
MAX_ATTEMPTS = 5


def new_voucher_code() -> str:
    body = "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(VOUCHER_LENGTH))
    return "-".join(body[i:i + 4] for i in range(0, VOUCHER_LENGTH, 4))


def _backoff(attempt: int) -> float:
    # spread retries so a batch of winners doesn't hammer the partner API in lockstep
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


def push_to_partner(contest_id: str, winner_ref: str, prize_sku: str) -> str:
    code = new_voucher_code()
    url = f"{os.environ['FULFILMENT_API_URL'].rstrip('/')}/vouchers"
    headers = {"Authorization": f"Bearer {os.environ['FULFILMENT_API_TOKEN']}"}
    payload = {"code": code, "sku": prize_sku, "contest": contest_id, "winner": winner_ref}
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.post(url, json=payload, headers=headers, timeout=10)
            if resp.status_code < 500:
                resp.raise_for_status()
                log.info("voucher issued for contest %s winner %s", contest_id, winner_ref)
                return code
        except requests.ConnectionError as exc:
            log.warning("fulfilment API unreachable (attempt %d): %s", attempt + 1, exc)
        time.sleep(_backoff(attempt))
    raise RuntimeError(f"could not issue voucher for {winner_ref} after {MAX_ATTEMPTS} attempts")
