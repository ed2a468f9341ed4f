"""Audit trail for card terminals used on the stand at dealer fairs."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

audit = logging.getLogger("fairs.terminals.audit")


def fingerprint(secret: str, visible: int = 4) -> str:
    return f"{'*' * max(len(secret) - visible, 0)}{secret[-visible:]}" if secret else "<empty>"


@dataclass
class TerminalPairing:
    terminal_id: str
    fair_code: str
    stand_code: str
    pairing_key: str


class TerminalRegistry:
    def __init__(self) -> None:
        self.base_url = os.environ["TERMINAL_PLATFORM_URL"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {os.environ['TERMINAL_PLATFORM_TOKEN']}"},
            timeout=15.0,
        )

    def pair(self, pairing: TerminalPairing) -> str:
        response = self._client.post(
            f"/terminals/{pairing.terminal_id}/pair",
            json={"key": pairing.pairing_key, "location": f"{pairing.fair_code}/{pairing.stand_code}"},
        )
        response.raise_for_status()
        session_ref = response.json()["session"]
        audit.info(
            "terminal %s paired at %s/%s with key %s at %s",
            pairing.terminal_id,
            pairing.fair_code,
            pairing.stand_code,
            fingerprint(pairing.pairing_key),
            datetime.now(timezone.utc).isoformat(),
        )
        return session_ref

    def unpair(self, terminal_id: str) -> None:
        self._client.delete(f"/terminals/{terminal_id}/pair").raise_for_status()
        audit.info("terminal %s unpaired", terminal_id)
