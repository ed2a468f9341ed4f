"""Client for the EDI VAN that relays ORDERS/DESADV messages to our suppliers."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VanSettings:
    base_url: str
    mailbox_id: str
    client_cert: str
    client_key: str
    ca_bundle: str = "/etc/saddlery/tls/van-ca.pem"
    timeout_s: float = 30.0

    @classmethod
    def from_env(cls) -> "VanSettings":
        return cls(
            base_url=os.environ["EDI_VAN_URL"],
            mailbox_id=os.environ["EDI_VAN_MAILBOX"],
            client_cert=os.environ["EDI_VAN_CERT"],
            client_key=os.environ["EDI_VAN_KEY"],
            ca_bundle=os.environ.get("EDI_VAN_CA_BUNDLE", cls.ca_bundle),
        )


class VanClient:
    def __init__(self, settings: VanSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            cert=(settings.client_cert, settings.client_key),
            verify=settings.ca_bundle,
            timeout=settings.timeout_s,
        )

    def pending(self) -> list[dict]:
        resp = self._http.get(f"/mailboxes/{self._settings.mailbox_id}/inbound")
        resp.raise_for_status()
        return resp.json()["messages"]

    def download(self, message_id: str) -> bytes:
        resp = self._http.get(f"/mailboxes/{self._settings.mailbox_id}/inbound/{message_id}")
        resp.raise_for_status()
        return resp.content

    def acknowledge(self, message_id: str) -> None:
        resp = self._http.post(
            f"/mailboxes/{self._settings.mailbox_id}/inbound/{message_id}/ack"
        )
        resp.raise_for_status()
        log.info("acknowledged VAN message %s", message_id)

    def send(self, receiver_gln: str, edifact: str) -> str:
        resp = self._http.post(
            f"/mailboxes/{self._settings.mailbox_id}/outbound",
            params={"to": receiver_gln},
            content=edifact.encode("utf-8"),
            headers={"Content-Type": "application/edifact"},
        )
        resp.raise_for_status()
        return resp.json()["message_id"]
