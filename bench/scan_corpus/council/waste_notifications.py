"""Text and email reminders for bin collection day changes (GOV.UK Notify)."""
import logging
import os
from functools import lru_cache

from notifications_python_client.notifications import NotificationsAPIClient

log = logging.getLogger(__name__)

# Template ids are not secret; they are useless without the service API key.
COLLECTION_CHANGED_SMS = "9d3e1b7a-4c2f-4e8d-b6a1-5f0c7e2d9a34"
COLLECTION_CHANGED_EMAIL = "1a6f8c2d-3e9b-47d5-8c0a-e4b2f7d1c953"


@lru_cache(maxsize=1)
def client() -> NotificationsAPIClient:
    return NotificationsAPIClient(os.environ["NOTIFY_WASTE_API_KEY"])


def notify_collection_change(subscriber, old_day: str, new_day: str) -> None:
    personalisation = {
        "first_name": subscriber.first_name,
        "old_day": old_day,
        "new_day": new_day,
        "round": subscriber.round_code,
    }
    if subscriber.prefers_sms and subscriber.mobile:
        resp = client().send_sms_notification(
            phone_number=subscriber.mobile,
            template_id=COLLECTION_CHANGED_SMS,
            personalisation=personalisation,
            reference=f"round-change-{subscriber.uprn}",
        )
    else:
        resp = client().send_email_notification(
            email_address=subscriber.email,
            template_id=COLLECTION_CHANGED_EMAIL,
            personalisation=personalisation,
            reference=f"round-change-{subscriber.uprn}",
        )
    log.info("Sent collection change notice %s to UPRN %s", resp["id"], subscriber.uprn)
