"""Thin client for the SMS gateway used for lambing and stock-theft alerts.

The gateway authenticates with an account id and API key; requests and
responses are logged so the office can see why an alert did not arrive.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from shepherd.settings import settings

log = logging.getLogger("shepherd.sms")


def _mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class GatewayCredentials:
    account_id: str
    api_key: str

    @classmethod
    def from_settings(cls) -> "GatewayCredentials":
        return cls(account_id=settings.sms_account_id, api_key=settings.sms_api_key)


class SmsGateway:
    def __init__(self, creds: GatewayCredentials, base_url: str = settings.sms_base_url) -> None:
        self.creds = creds
        self._client = httpx.Client(
            base_url=base_url,
            auth=(creds.account_id, creds.api_key),
            timeout=10,
        )
        log.info("sms gateway ready for account %s key %s", creds.account_id, _mask(creds.api_key))

    def send(self, to: str, text: str, sender: str = "HILLFARM") -> str:
        resp = self._client.post("/messages", json={"to": to, "from": sender, "text": text})
        log.debug("sms send to %s status=%s", _mask(to, 3), resp.status_code)
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("sms queued id=%s", message_id)
        return message_id

    def balance(self) -> float:
        resp = self._client.get("/account/balance")
        resp.raise_for_status()
        return float(resp.json()["credit"])

    def close(self) -> None:
        self._client.close()
