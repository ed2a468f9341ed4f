"""Sends pickup and progress notifications to customers by SMS."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

TEMPLATES = {
    "ready_for_pickup": "Hi {name}, your {species} mount is ready for pickup at the studio.",
    "progress_photos": "Hi {name}, new progress photos of your {species} are in the portal.",
    "permit_needed": "Hi {name}, we need a copy of the permit for your {species} before we start.",
}


class SmsGatewayError(RuntimeError):
    pass


@dataclass
class OutgoingSms:
    to: str
    template: str
    name: str
    species: str

    def render(self) -> str:
        return TEMPLATES[self.template].format(name=self.name, species=self.species)


class SmsGatewayClient:
    def __init__(self, base_url: str, account_sid: str, auth_token: str, sender: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._sender = sender
        self._client = httpx.Client(timeout=10.0, auth=(account_sid, auth_token))

    @classmethod
    def from_env(cls) -> "SmsGatewayClient":
        return cls(
            base_url=os.environ["SMS_BASE_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ["SMS_SENDER_NUMBER"],
        )

    def send(self, message: OutgoingSms) -> str:
        resp = self._client.post(
            f"{self._base_url}/Accounts/{self._account_sid}/Messages.json",
            data={"From": self._sender, "To": message.to, "Body": message.render()},
        )
        if resp.status_code == 401:
            raise SmsGatewayError(
                f"SMS gateway rejected credentials {self._account_sid}:{self._auth_token}"
            )
        if resp.status_code >= 400:
            raise SmsGatewayError(f"SMS send failed: HTTP {resp.status_code}")
        sid = resp.json().get("sid", "")
        log.info("sent %s SMS to customer, message id %s", message.template, sid)
        return sid

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "SmsGatewayClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
