"""Session with the card-terminal provider used by the delivery-cart handheld.

The handheld takes payment at the berth. On start-up it opens a session with
the provider and logs enough to tell which key and terminal were used when
support asks, without writing the key itself.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("chandlery.handheld.terminal")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass
class HandheldTerminalConfig:
    base_url: str
    terminal_id: str
    api_key: str = field(repr=False)
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"


class HandheldTerminalSession:
    def __init__(self, config: HandheldTerminalConfig) -> None:
        self.config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            verify=config.ca_bundle,
            timeout=10.0,
        )

    def open(self) -> str:
        key_hint = mask(self.config.api_key)
        log.info("opening session terminal=%s key=%s", self.config.terminal_id, key_hint)
        resp = self._client.post(f"/terminals/{self.config.terminal_id}/sessions")
        resp.raise_for_status()
        session_id = resp.json()["session_id"]
        log.info("terminal %s session %s open", self.config.terminal_id, session_id)
        return session_id

    def charge(self, session_id: str, amount_minor: int, order_no: str) -> dict:
        resp = self._client.post(
            f"/sessions/{session_id}/charges",
            json={"amount": amount_minor, "currency": "GBP", "reference": order_no},
        )
        resp.raise_for_status()
        result = resp.json()
        log.info("charge for order %s: %s", order_no, result.get("status"))
        return result

    def close(self) -> None:
        self._client.close()
