"""Thin wrapper around GOV.UK Notify used by revenues and benefits.

Templates are managed in the Notify admin UI; the ids below are the live
versions approved by the comms team.
"""
import logging
from dataclasses import dataclass

from notifications_python_client.errors import HTTPError
from notifications_python_client.notifications import NotificationsAPIClient

log = logging.getLogger(__name__)

NOTIFY_API_KEY = "revenues_live-5b8e2f1a-9c4d-4e7b-a3f6-0d2c8b1e7a94-c71f3a9e-2d6b-48e0-b5c4-9f1e7a2d3b86"

TEMPLATES = {
    "bill_ready": "3f2a9c1e-7b4d-4a8e-9e21-6c5d0f3b8a12",
    "direct_debit_confirmed": "a8d41e7c-0f2b-4c93-8e6a-b1d75f9c2e40",
    "reminder_stage_1": "e2c7b9a4-5d1f-4f08-a6b3-7c9e0d2f1b58",
}


@dataclass
class SendResult:
    notification_id: str | None
    error: str | None = None


class RevenuesNotifier:
    def __init__(self, api_key: str = NOTIFY_API_KEY):
        self._client = NotificationsAPIClient(api_key)

    def email(self, template: str, to: str, reference: str, **personalisation) -> SendResult:
        try:
            resp = self._client.send_email_notification(
                email_address=to,
                template_id=TEMPLATES[template],
                personalisation=personalisation,
                reference=reference,
            )
        except HTTPError as exc:
            log.error("Notify rejected %s for %s: %s", template, reference, exc.message)
            return SendResult(None, error=str(exc.status_code))
        return SendResult(resp["id"])
