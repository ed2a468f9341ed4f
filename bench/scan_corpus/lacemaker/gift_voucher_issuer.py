"""Gift vouchers for the thread shop and workshop bookings.

Customers buy vouchers as presents; the recipient gets an email with a code
they can spend on thread, bobbins, pattern downloads or a workshop seat.
"""
import random
import secrets
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAIL_API = "https://api.postmarkapp.com/email/withTemplate"


@dataclass
class Voucher:
    code: str
    amount: Decimal
    recipient_email: str
    message: str = ""


def new_voucher_code(groups: int = 4, group_len: int = 4) -> str:
    chars = [secrets.choice(VOUCHER_ALPHABET) for _ in range(groups * group_len)]
    return "-".join("".join(chars[i:i + group_len]) for i in range(0, len(chars), group_len))


def send_with_retry(payload: dict, server_token: str, attempts: int = 4) -> None:
    for attempt in range(attempts):
        resp = requests.post(
            MAIL_API,
            json=payload,
            headers={"X-Postmark-Server-Token": server_token, "Accept": "application/json"},
            timeout=10,
        )
        if resp.status_code < 500:
            resp.raise_for_status()
            return
        time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    resp.raise_for_status()


def issue(amount: Decimal, recipient_email: str, message: str, server_token: str) -> Voucher:
    voucher = Voucher(new_voucher_code(), amount, recipient_email, message)
    send_with_retry(
        {
            "From": "shop@lacemaker.example",
            "To": recipient_email,
            "TemplateAlias": "gift-voucher",
            "TemplateModel": {"code": voucher.code, "amount": str(amount), "message": message},
        },
        server_token,
    )
    return voucher
