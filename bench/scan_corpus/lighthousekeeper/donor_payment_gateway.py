"""Client for the card payment gateway used by the online donation form."""
import logging
import uuid
from dataclasses import dataclass

import requests

from lighthousekeeper.settings import settings

log = logging.getLogger("lighthousekeeper.donations.gateway")


@dataclass
class Donation:
    id: int
    amount_pence: int
    currency: str
    payment_method_token: str
    gift_aid: bool


class GatewayError(RuntimeError):
    pass


class GatewayClient:
    def __init__(self, api_key: str = settings.PAYMENT_API_KEY, base_url: str = settings.PAYMENT_BASE_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key}",
                "Content-Type": "application/json",
                "Gateway-Version": "2024-06-01",
            }
        )

    def charge(self, donation: Donation) -> str:
        body = {
            "amount": donation.amount_pence,
            "currency": donation.currency,
            "payment_method": donation.payment_method_token,
            "metadata": {"donation_id": donation.id, "gift_aid": donation.gift_aid},
        }
        resp = self.session.post(
            f"{self.base_url}/v2/charges",
            json=body,
            headers={"Idempotency-Key": f"donation-{donation.id}-{uuid.uuid4()}"},
            timeout=20,
        )
        if resp.status_code >= 400:
            log.error(
                "charge rejected for donation %s: %s %s (request headers: %s)",
                donation.id,
                resp.status_code,
                resp.text[:200],
                dict(resp.request.headers),
            )
            raise GatewayError(f"gateway returned {resp.status_code}")
        charge_id = resp.json()["id"]
        log.info("donation %s charged as %s", donation.id, charge_id)
        return charge_id
