"""Pairs new countertop card terminals with a shop branch through the acquirer API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.terminals")


@dataclass
class PairingResult:
    terminal_id: str
    branch_code: str
    device_api_key: str
    firmware: str

    def summary(self) -> str:
        return (
            f"terminal={self.terminal_id} branch={self.branch_code} "
            f"firmware={self.firmware} key={self.device_api_key}"
        )


class TerminalPairingClient:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.base_url = os.environ.get("ACQUIRER_API_URL", "https://api.payfront.com/terminals/v3")
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['ACQUIRER_MERCHANT_TOKEN']}"

    def pair(self, serial_number: str, branch_code: str, activation_code: str) -> PairingResult:
        resp = self.session.post(
            f"{self.base_url}/pair",
            json={"serial": serial_number, "store_ref": branch_code, "activation_code": activation_code},
            timeout=20,
        )
        resp.raise_for_status()
        data = resp.json()
        result = PairingResult(
            terminal_id=data["terminal_id"],
            branch_code=branch_code,
            device_api_key=data["device_api_key"],
            firmware=data.get("firmware", "unknown"),
        )
        log.info("Terminal paired: %s", result.summary())
        return result


def pair_from_cli(serial: str, branch: str, activation: str) -> None:
    from laundry.payments.store import save_terminal

    result = TerminalPairingClient().pair(serial, branch, activation)
    save_terminal(result.terminal_id, result.branch_code, result.device_api_key)
    print(f"Paired {result.terminal_id} to {result.branch_code}")
