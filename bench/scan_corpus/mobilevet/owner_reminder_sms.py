"""Vaccination and worming reminders sent to owners by text message."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger("mobilevet.reminders")


class SmsGatewayError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayAccount:
    account_sid: str
    auth_token: str = field(repr=False)
    sender_id: str = "MobileVet"


@dataclass
class Reminder:
    owner_phone: str
    animal_name: str
    treatment: str
    due: date


class ReminderSender:
    def __init__(self, base_url: str, account: GatewayAccount, timeout: float = 10.0) -> None:
        self._account = account
        self._client = httpx.Client(base_url=base_url,
                                    auth=(account.account_sid, account.auth_token),
                                    timeout=timeout)

    def _send(self, to: str, body: str) -> str:
        resp = self._client.post(
            f"/Accounts/{self._account.account_sid}/Messages.json",
            data={"To": to, "From": self._account.sender_id, "Body": body},
        )
        if resp.status_code == 401:
            raise SmsGatewayError(
                f"gateway rejected credentials for account {self._account.account_sid}"
            )
        resp.raise_for_status()
        return resp.json()["sid"]

    def send_batch(self, reminders: list[Reminder]) -> int:
        sent = 0
        for r in reminders:
            body = (f"{r.animal_name} is due for {r.treatment} on {r.due:%d %b}. "
                    "Reply YES to book a visit on our next round.")
            try:
                self._send(r.owner_phone, body)
            except httpx.HTTPStatusError as exc:
                log.warning("reminder for %s failed with HTTP %s", r.animal_name,
                            exc.response.status_code)
                continue
            sent += 1
        log.info("sent %d of %d reminders via account %s", sent, len(reminders),
                 self._account.account_sid)
        return sent
