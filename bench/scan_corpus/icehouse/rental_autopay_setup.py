"""Sets up monthly autopay for cold-storage rental tenants.

The tenant's card is tokenised by the payment provider in the browser; we
receive the provider's payment-method token and attach it to the tenant's
rental contract for monthly billing.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("icehouse.rentals.autopay")

PROVIDER_URL = "https://api.payments.example/v1"


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class AutopayRequest:
    tenant_id: int
    contract_no: str
    payment_method_token: str
    card_last4: str
    card_brand: str


def _provider_session() -> requests.Session:
    s = requests.Session()
    s.auth = (os.environ["PAYMENTS_SECRET_KEY"], "")
    return s


def enable_autopay(req: AutopayRequest, customer_ref: str) -> str:
    session = _provider_session()
    resp = session.post(
        f"{PROVIDER_URL}/payment_methods/{req.payment_method_token}/attach",
        data={"customer": customer_ref},
        timeout=15,
    )
    if resp.status_code != 200:
        log.warning(
            "autopay attach failed tenant=%s contract=%s method=%s status=%s",
            req.tenant_id, req.contract_no, mask(req.payment_method_token), resp.status_code,
        )
        resp.raise_for_status()

    log.info(
        "autopay enabled tenant=%s contract=%s card=%s ****%s",
        req.tenant_id, req.contract_no, req.card_brand, req.card_last4,
    )
    return resp.json()["id"]
