"""Send pickup notifications with the compartment code to parcel recipients."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger("notify.sms")

SMS_TEMPLATE = (
    "Your parcel {tracking} is ready at locker {locker}. "
    "Use code {code} to open compartment {compartment} before {deadline}."
)


@dataclass
class PickupNotice:
    phone: str
    tracking: str
    locker: str
    compartment: int
    code: str
    deadline: str

    def render(self) -> str:
        return SMS_TEMPLATE.format(
            tracking=self.tracking,
            locker=self.locker,
            code=self.code,
            compartment=self.compartment,
            deadline=self.deadline,
        )


class SmsDispatcher:
    def __init__(self, api_base: str, api_key: str) -> None:
        self._client = httpx.Client(
            base_url=api_base, headers={"X-Api-Key": api_key}, timeout=10
        )

    def send(self, notice: PickupNotice) -> str:
        text = notice.render()
        logger.info("dispatching sms to=%s body=%r", notice.phone[-4:], text)
        resp = self._client.post("/messages", json={"to": notice.phone, "text": text})
        resp.raise_for_status()
        message_id = resp.json()["id"]
        logger.info("sms accepted id=%s tracking=%s", message_id, notice.tracking)
        return message_id


def notify_recipient(dispatcher: SmsDispatcher, row: dict) -> str:
    notice = PickupNotice(
        phone=row["recipient_phone"],
        tracking=row["tracking_id"],
        locker=row["locker_name"],
        compartment=row["compartment_no"],
        code=row["pickup_code"],
        deadline=row["expires_at"].strftime("%d.%m %H:%M"),
    )
    return dispatcher.send(notice)
