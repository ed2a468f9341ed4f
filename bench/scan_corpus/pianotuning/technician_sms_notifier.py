"""Sends day-ahead SMS route summaries to technicians."""
import logging
import os
from datetime import date

import requests

log = logging.getLogger(__name__)


class SmsGatewayError(RuntimeError):
    pass


class SmsNotifier:
    def __init__(self, account_sid: str, auth_token: str, sender: str):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.sender = sender
        self.endpoint = (
            f"https://api.twilio.com/2010-04-01/Accounts/{account_sid}/Messages.json"
        )

    @classmethod
    def from_env(cls) -> "SmsNotifier":
        return cls(
            os.environ["TWILIO_ACCOUNT_SID"],
            os.environ["TWILIO_AUTH_TOKEN"],
            os.environ["SMS_SENDER"],
        )

    def _credential_label(self) -> str:
        return f"{self.account_sid}:{self.auth_token}"

    def send(self, to_number: str, body: str) -> str:
        resp = requests.post(
            self.endpoint,
            data={"From": self.sender, "To": to_number, "Body": body},
            auth=(self.account_sid, self.auth_token),
            timeout=15,
        )
        if resp.status_code >= 400:
            detail = f"HTTP {resp.status_code} using credentials {self._credential_label()}"
            raise SmsGatewayError(f"SMS to {to_number} rejected: {detail}")
        return resp.json()["sid"]


def send_route_summaries(notifier: SmsNotifier, day: date, routes: dict[str, list[str]],
                         phones: dict[str, str]) -> int:
    sent = 0
    for technician, stops in routes.items():
        phone = phones.get(technician)
        if not phone or not stops:
            continue
        body = f"{day:%a %d %b}: {len(stops)} visits. First: {stops[0]}"
        try:
            notifier.send(phone, body)
            sent += 1
        except SmsGatewayError as exc:
            log.error("route summary for %s not sent: %s", technician, exc)
    return sent
