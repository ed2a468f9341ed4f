"""Celery tasks that release or refund charter security deposits after check-in."""

import logging
import os
from dataclasses import asdict, dataclass

import requests
from celery import shared_task

log = logging.getLogger("charter.refunds")

_LOGGABLE_SETTINGS = ("base_url", "merchant_id", "timeout")


@dataclass(frozen=True)
class RefundSettings:
    base_url: str
    merchant_id: str
    api_key: str
    timeout: float = 20.0


def load_settings() -> RefundSettings:
    return RefundSettings(
        base_url=os.environ["DEPOSIT_GATEWAY_URL"],
        merchant_id=os.environ["DEPOSIT_MERCHANT_ID"],
        api_key=os.environ["DEPOSIT_GATEWAY_KEY"],
    )


def _describe(settings: RefundSettings) -> dict:
    data = asdict(settings)
    return {key: data[key] for key in _LOGGABLE_SETTINGS}


def _mask_card(token: str) -> str:
    return f"...{token[-4:]}" if len(token) > 4 else "..."


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def refund_deposit(self, contract_no: str, authorization_id: str, card_token: str, amount_cents: int):
    settings = load_settings()
    url = f"{settings.base_url.rstrip('/')}/authorizations/{authorization_id}/refunds"
    try:
        resp = requests.post(
            url,
            json={"amount": amount_cents, "reference": f"CHARTER-{contract_no}"},
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.error(
            "refund for contract %s (card %s) failed; settings=%s",
            contract_no, _mask_card(card_token), _describe(settings),
        )
        raise self.retry(exc=exc)

    refund = resp.json()
    log.info(
        "refunded %s cents for contract %s as %s",
        amount_cents, contract_no, refund.get("id"),
    )
    return refund.get("id")


@shared_task
def release_unused_holds(authorization_ids: list[str]) -> int:
    settings = load_settings()
    released = 0
    for auth_id in authorization_ids:
        resp = requests.post(
            f"{settings.base_url.rstrip('/')}/authorizations/{auth_id}/void",
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout,
        )
        if resp.ok:
            released += 1
        else:
            log.warning("could not void hold %s (%s)", auth_id, resp.status_code)
    return released
