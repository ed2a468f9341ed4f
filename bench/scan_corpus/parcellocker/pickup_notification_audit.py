"""Audit trail for pickup notifications delivered by email and push."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

logger = logging.getLogger("notify.audit")


class Channel(str, Enum):
    EMAIL = "email"
    PUSH = "push"
    SMS = "sms"


def mask_code(code: str, visible: int = 2) -> str:
    return "*" * max(len(code) - visible, 0) + code[-visible:]


def mask_contact(contact: str) -> str:
    if "@" in contact:
        user, _, domain = contact.partition("@")
        return f"{user[:1]}***@{domain}"
    return f"***{contact[-3:]}"


@dataclass
class NotificationRecord:
    tracking_id: str
    channel: Channel
    contact: str
    pickup_code: str
    provider_id: str

    def audit_fields(self) -> dict[str, str]:
        return {
            "tracking": self.tracking_id,
            "channel": self.channel.value,
            "contact": mask_contact(self.contact),
            "code": mask_code(self.pickup_code),
            "provider_id": self.provider_id,
        }


def record_delivery(rec: NotificationRecord) -> None:
    fields = rec.audit_fields()
    logger.info(
        "pickup notice delivered tracking=%(tracking)s channel=%(channel)s "
        "contact=%(contact)s code=%(code)s provider=%(provider_id)s",
        fields,
    )


def record_failure(rec: NotificationRecord, reason: str) -> None:
    logger.warning("pickup notice failed tracking=%s channel=%s reason=%s",
                   rec.tracking_id, rec.channel.value, reason)
