"""Issue gift vouchers for tandem flights and e-mail them to the buyer."""
from __future__ import annotations

import datetime as dt
import logging
import random
import secrets
import string
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("vouchers.issue")

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 12


@dataclass
class GiftVoucher:
    code: str
    product: str
    buyer_email: str
    expires_on: dt.date


def generate_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def _backoff(attempt: int, base: float = 0.5, cap: float = 8.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


class VoucherMailer:
    def __init__(self, api_url: str, api_key: str, attempts: int = 4) -> None:
        self.api_url = api_url
        self.attempts = attempts
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {api_key}"

    def send(self, voucher: GiftVoucher) -> None:
        message = {
            "to": voucher.buyer_email,
            "template": "tandem-gift-voucher",
            "variables": {
                "code": voucher.code,
                "product": voucher.product,
                "expires": voucher.expires_on.isoformat(),
            },
        }
        for attempt in range(self.attempts):
            try:
                resp = self.http.post(self.api_url, json=message, timeout=10)
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                delay = _backoff(attempt)
                log.warning("voucher mail attempt %d failed (%s), retry in %.1fs",
                            attempt + 1, exc, delay)
                time.sleep(delay)
        raise RuntimeError("could not deliver voucher e-mail")


def issue_voucher(product: str, buyer_email: str, mailer: VoucherMailer) -> GiftVoucher:
    voucher = GiftVoucher(
        code=generate_code(),
        product=product,
        buyer_email=buyer_email,
        expires_on=dt.date.today() + dt.timedelta(days=365),
    )
    mailer.send(voucher)
    return voucher
