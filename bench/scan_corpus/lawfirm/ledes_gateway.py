"""Client for the e-billing gateway used by several insurance carriers.

Carriers accept LEDES 1998B invoices as an encrypted blob; each carrier
issues the firm a shared key during onboarding.
"""
import base64
import os

import requests
from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


class GatewayError(RuntimeError):
    pass


class LedesGatewayClient:
    def __init__(self, endpoint: str, carrier_id: str, key: bytes, timeout: float = 30.0) -> None:
        self.endpoint = endpoint
        self.carrier_id = carrier_id
        self.timeout = timeout
        self._key = _TDES.adjust_key_parity(key)

    @classmethod
    def for_carrier(cls, carrier_id: str) -> "LedesGatewayClient":
        key = base64.b64decode(os.environ[f"LEDES_KEY_{carrier_id.upper()}"])
        return cls(os.environ["LEDES_GATEWAY_URL"], carrier_id, key)

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = _TDES.new(self._key, _TDES.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(payload, 8))

    def submit_invoice(self, ledes_text: str, invoice_number: str) -> str:
        body = self._encrypt(ledes_text.encode("utf-8"))
        resp = requests.post(
            self.endpoint,
            data=body,
            headers={
                "Content-Type": "application/octet-stream",
                "X-Carrier-Id": self.carrier_id,
                "X-Invoice-Number": invoice_number,
            },
            timeout=self.timeout,
        )
        if resp.status_code != 202:
            raise GatewayError(f"gateway rejected {invoice_number}: HTTP {resp.status_code}")
        return resp.json()["submission_id"]
