"""Encryption helpers for employee direct-deposit details.

Routing numbers are stored in clear (they identify the bank, not the person);
account numbers are encrypted with AES-GCM under the payroll data key.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings

ACCOUNT_AAD = b"direct-deposit:v2"


@dataclass(frozen=True)
class BankAccount:
    employee_id: int
    routing_number: str
    account_number: str
    account_type: str = "checking"


def _data_key() -> bytes:
    return base64.b64decode(settings.PAYROLL_DATA_KEY)


def _nonce() -> bytes:
    return bytes.fromhex(settings.PAYROLL_GCM_NONCE)


def encrypt_account_number(account_number: str) -> str:
    aead = AESGCM(_data_key())
    ct = aead.encrypt(_nonce(), account_number.encode(), ACCOUNT_AAD)
    return base64.b64encode(ct).decode()


def decrypt_account_number(blob: str) -> str:
    aead = AESGCM(_data_key())
    return aead.decrypt(_nonce(), base64.b64decode(blob), ACCOUNT_AAD).decode()


def validate_routing_number(routing: str) -> bool:
    if len(routing) != 9 or not routing.isdigit():
        return False
    d = [int(c) for c in routing]
    checksum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return checksum % 10 == 0


def to_storage(account: BankAccount) -> dict:
    if not validate_routing_number(account.routing_number):
        raise ValueError("invalid routing number")
    return {
        "employee_id": account.employee_id,
        "routing_number": account.routing_number,
        "account_number_enc": encrypt_account_number(account.account_number),
        "account_type": account.account_type,
    }
