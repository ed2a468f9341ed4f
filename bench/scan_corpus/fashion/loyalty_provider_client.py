"""Client for the loyalty-points provider used for gift card top-up bonuses.

Credentials come from the secrets manager at start-up; the constants below are
just the provider's field and header names.
"""
import json
import logging
import os
from decimal import Decimal

import boto3
import requests

log = logging.getLogger(__name__)

API_KEY_HEADER = "X-Loyalty-Api-Key"
SECRET_ID = os.environ.get("LOYALTY_SECRET_ID", "prod/loyalty/provider")
TOKEN_FIELD = "api_key"
PASSWORD_GRANT = "password"


def _load_credentials(secret_id: str = SECRET_ID) -> dict:
    sm = boto3.client("secretsmanager")
    return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])


class LoyaltyClient:
    def __init__(self, base_url: str, credentials: dict | None = None, timeout: float = 8.0):
        creds = credentials or _load_credentials()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = creds[TOKEN_FIELD]

    def award_topup_bonus(self, member_id: str, topup_amount: Decimal, order_ref: str) -> int:
        points = int(topup_amount // Decimal("10")) * 50
        resp = self.session.post(
            f"{self.base_url}/members/{member_id}/points",
            json={"points": points, "reason": "giftcard_topup", "reference": order_ref},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("awarded %d points to member %s for %s", points, member_id, order_ref)
        return points

    def balance(self, member_id: str) -> int:
        resp = self.session.get(f"{self.base_url}/members/{member_id}", timeout=self.timeout)
        resp.raise_for_status()
        return int(resp.json()["points"])
