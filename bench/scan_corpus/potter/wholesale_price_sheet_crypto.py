"""Protect wholesale price sheets emailed to approved gallery buyers.

Each buyer receives a sheet encrypted with their account key; the buyer
portal decrypts it when they open the download link.
"""
import base64
import json

from Crypto.Cipher import AES
from Crypto.Protocol.KDF import HKDF
from Crypto.Hash import SHA256
from Crypto.Random import get_random_bytes

from potter.config import settings

TAG_LEN = 16
NONCE_LEN = 12


def account_key(account_id: int) -> bytes:
    master = bytes.fromhex(settings.PRICE_SHEET_MASTER_KEY_HEX)
    return HKDF(master, 32, salt=b"price-sheets", hashmod=SHA256, context=str(account_id).encode())


def seal_sheet(account_id: int, sheet: dict) -> str:
    cipher = AES.new(account_key(account_id), AES.MODE_GCM, nonce=get_random_bytes(NONCE_LEN), mac_len=TAG_LEN)
    cipher.update(f"account:{account_id}".encode())
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(sheet).encode())
    return base64.urlsafe_b64encode(cipher.nonce + tag + ciphertext).decode()


def open_sheet(account_id: int, token: str) -> dict:
    raw = base64.urlsafe_b64decode(token.encode())
    nonce, rest = raw[:NONCE_LEN], raw[NONCE_LEN:]
    tag, ciphertext = rest[:TAG_LEN], rest[TAG_LEN:]
    cipher = AES.new(account_key(account_id), AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(f"account:{account_id}".encode())
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))


def price_sheet_for(account) -> dict:
    return {
        "tier": account.price_tier,
        "currency": "USD",
        "items": [
            {"sku": item.sku, "name": item.name, "unit_price": str(item.wholesale_price)}
            for item in account.visible_catalogue()
        ],
    }
