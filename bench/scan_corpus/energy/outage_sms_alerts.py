"""Send SMS notifications to customers affected by an outage.

Called by the outage management system when an incident is created, when the
estimated restoration time changes, and when power is restored.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = "85eb1506698a8cadf9b054da6dfa8a86"
SENDER = os.environ.get("OUTAGE_SMS_SENDER", "")

TEMPLATES = {
    "created": "Power outage reported near {area}. Crews have been notified. Ref {incident}.",
    "etr": "Update for outage {incident}: estimated restoration {etr}.",
    "restored": "Power has been restored in {area}. Reply OUT if you are still without power.",
}


@dataclass
class OutageEvent:
    incident: str
    area: str
    kind: str
    etr: str | None = None


class OutageNotifier:
    def __init__(self, client: Client | None = None):
        self.client = client or Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)

    def render(self, event: OutageEvent) -> str:
        return TEMPLATES[event.kind].format(incident=event.incident, area=event.area, etr=event.etr or "unknown")

    def notify(self, event: OutageEvent, phone_numbers: list[str]) -> int:
        body = self.render(event)
        sent = 0
        for number in phone_numbers:
            try:
                self.client.messages.create(to=number, from_=SENDER, body=body)
                sent += 1
            except Exception:
                log.exception("failed to notify subscriber for incident %s", event.incident)
        log.info("incident %s: %d/%d notifications sent", event.incident, sent, len(phone_numbers))
        return sent
