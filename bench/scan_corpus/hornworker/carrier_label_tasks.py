"""Background tasks that buy shipping labels from the parcel carrier."""
import logging

import requests
from celery import shared_task

from hornworker.settings import CARRIER
from hornworker.shipping.models import Shipment

log = logging.getLogger(__name__)


def carrier_session(account: dict) -> requests.Session:
    session = requests.Session()
    session.headers["X-Api-Key"] = account["api_key"]
    session.headers["X-Account-Number"] = account["account_number"]
    return session


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def buy_label(self, shipment_id: int) -> str | None:
    shipment = Shipment.objects.get(pk=shipment_id)
    account = CARRIER["accounts"][shipment.service_region]
    session = carrier_session(account)
    resp = session.post(
        f"{CARRIER['base_url']}/labels",
        json={
            "service": shipment.service_code,
            "weight_grams": shipment.weight_grams,
            "recipient": shipment.recipient_payload(),
            "reference": shipment.order_ref,
        },
        timeout=30,
    )
    if resp.status_code == 401:
        log.error(
            "carrier refused credentials for region %s (account %s, key %s)",
            shipment.service_region,
            account["account_number"],
            account["api_key"],
        )
        return None
    if resp.status_code >= 500:
        raise self.retry()
    resp.raise_for_status()
    label = resp.json()
    shipment.tracking_number = label["tracking_number"]
    shipment.label_url = label["label_pdf_url"]
    shipment.save(update_fields=["tracking_number", "label_url"])
    return shipment.tracking_number
