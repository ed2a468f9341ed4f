"""Client for the legacy point-of-sale settlement gateway.

The gateway expects each settlement record to carry the merchant PIN field
encrypted with the terminal key that was provisioned with the POS firmware.
"""
import base64
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)


@dataclass
class GatewayConfig:
    base_url: str
    merchant_id: str
    timeout: float = 15.0
    terminal_key: bytes = field(repr=False, default=b"")

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["POS_GATEWAY_URL"],
            merchant_id=os.environ["POS_MERCHANT_ID"],
            terminal_key=bytes.fromhex(os.environ["POS_TERMINAL_KEY"]),
        )


@dataclass
class Settlement:
    terminal_id: str
    batch_no: int
    total: Decimal
    merchant_pin: str


class PosGatewayClient:
    def __init__(self, config: GatewayConfig, session: requests.Session | None = None) -> None:
        self._config = config
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = "settlement-bridge/2.3"

    def _encrypt_field(self, value: str) -> str:
        iv = get_random_bytes(8)
        cipher = DES.new(self._config.terminal_key, DES.MODE_CBC, iv)
        return base64.b64encode(iv + cipher.encrypt(pad(value.encode("ascii"), 8))).decode()

    def submit(self, settlement: Settlement) -> str:
        payload = {
            "merchant": self._config.merchant_id,
            "terminal": settlement.terminal_id,
            "batch": settlement.batch_no,
            "total": str(settlement.total.quantize(Decimal("0.01"))),
            "pin_block": self._encrypt_field(settlement.merchant_pin),
        }
        resp = self._session.post(
            f"{self._config.base_url}/settlements", json=payload, timeout=self._config.timeout
        )
        resp.raise_for_status()
        reference = resp.json()["reference"]
        log.info(
            "settlement batch %s for terminal %s accepted as %s",
            settlement.batch_no,
            settlement.terminal_id,
            reference,
        )
        return reference

    def status(self, reference: str) -> str:
        resp = self._session.get(
            f"{self._config.base_url}/settlements/{reference}", timeout=self._config.timeout
        )
        resp.raise_for_status()
        return resp.json()["status"]
