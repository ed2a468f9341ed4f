"""Nightly sync of vessel lists from fleet management systems.

Each fleet account stores an access token for its vessel register; the sync
task refreshes vessel names, registrations and skipper contacts.
"""
import logging

import requests
from celery import shared_task

from netmaker.fleets import FleetAccount, upsert_vessels

logger = logging.getLogger(__name__)


def mask(secret: str, visible: int = 4) -> str:
    if not secret:
        return "<none>"
    return "*" * max(len(secret) - visible, 0) + secret[-visible:]


class VesselRegisterClient:
    def __init__(self, account: FleetAccount):
        self.account = account
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {account.register_token}"

    def fetch_vessels(self) -> list:
        response = self.session.get(f"{self.account.register_url}/vessels", timeout=30)
        response.raise_for_status()
        return response.json()["vessels"]


@shared_task(bind=True, max_retries=3, default_retry_delay=600)
def sync_fleet(self, fleet_id: int) -> int:
    account = FleetAccount.objects.get(pk=fleet_id)
    logger.info(
        "syncing vessels for fleet %s from %s with token %s",
        account.name,
        account.register_url,
        mask(account.register_token),
    )
    client = VesselRegisterClient(account)
    try:
        vessels = client.fetch_vessels()
    except requests.HTTPError as exc:
        logger.warning("vessel register for fleet %s answered %s", account.name, exc.response.status_code)
        raise self.retry(exc=exc)
    count = upsert_vessels(account, vessels)
    logger.info("fleet %s: %d vessels synced", account.name, count)
    return count
