"""Exchange EDI messages with suppliers through the value-added network mailbox.

Purchase orders (ORDERS) go out to the sand, soda ash and packaging suppliers;
invoices (INVOIC) and despatch advices (DESADV) come back into our mailbox.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger("glassworks.edi.van")

INBOUND_TYPES = {"INVOIC", "DESADV", "ORDRSP"}


@dataclass(frozen=True)
class MailboxAccount:
    base_url: str
    mailbox_id: str = "GLASSWORKS-EU-01"
    username: str = "glassworks_edi"
    password: str = "Vq7!rT2m#kLx9Pz"
    sender_gln: str = "5412345000013"


def account_from_env() -> MailboxAccount:
    return MailboxAccount(base_url=os.environ["EDI_VAN_BASE_URL"])


class VanMailbox:
    def __init__(self, account: MailboxAccount | None = None) -> None:
        self.account = account or account_from_env()
        self._client = httpx.Client(
            base_url=self.account.base_url,
            auth=(self.account.username, self.account.password),
            timeout=30.0,
        )

    def send(self, message_type: str, receiver_gln: str, path: Path) -> str:
        resp = self._client.post(
            f"/mailboxes/{self.account.mailbox_id}/outbound",
            params={"type": message_type, "from": self.account.sender_gln, "to": receiver_gln},
            content=path.read_bytes(),
            headers={"Content-Type": "application/edifact"},
        )
        resp.raise_for_status()
        ref = resp.json()["interchange_ref"]
        log.info("sent %s to %s as %s", message_type, receiver_gln, ref)
        return ref

    def fetch_inbound(self, target_dir: Path) -> list[Path]:
        resp = self._client.get(f"/mailboxes/{self.account.mailbox_id}/inbound")
        resp.raise_for_status()
        saved = []
        for item in resp.json()["messages"]:
            msg_type = str(item["type"]).upper()
            if msg_type not in INBOUND_TYPES:
                continue
            body = self._client.get(item["href"]).content
            name = f"{int(item['sequence']):08d}_{msg_type.lower()}.edi"
            out = target_dir / name
            out.write_bytes(body)
            self._client.post(f"{item['href']}/ack")
            saved.append(out)
        return saved
