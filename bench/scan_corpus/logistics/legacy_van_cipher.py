"""Payload encryption for the VAN mailbox used by two ocean carriers.

Their mailbox gateway only accepts the cipher suite from the original
interchange agreement, so outbound 315/322 messages are wrapped here before upload.
"""
import os
from datetime import datetime, timezone
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

OUTBOX = Path(os.environ.get("VAN_OUTBOX", "/var/spool/edi/van-out"))


def _mailbox_key() -> bytes:
    key = bytes.fromhex(os.environ["VAN_MAILBOX_KEY"])
    return DES3.adjust_key_parity(key)


def encrypt_for_van(payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_mailbox_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, 8))


def queue_message(partner_code: str, message_type: str, payload: bytes) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
    OUTBOX.mkdir(parents=True, exist_ok=True)
    target = OUTBOX / f"{partner_code}_{message_type}_{stamp}.van"
    target.write_bytes(encrypt_for_van(payload))
    return target
