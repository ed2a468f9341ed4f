"""Encrypts daily truck-scale ticket exports before they are dropped for the accounting firm."""

import json
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shinglemaker.config import settings
from shinglemaker.scale import tickets_for_day

NONCE_BYTES = 12


def seal(data: bytes, key: bytes, label: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(label)
    ciphertext = encryptor.update(data) + encryptor.finalize()
    return nonce + ciphertext + encryptor.tag


def unseal(blob: bytes, key: bytes, label: bytes) -> bytes:
    nonce, ciphertext, tag = blob[:NONCE_BYTES], blob[NONCE_BYTES:-16], blob[-16:]
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(label)
    return decryptor.update(ciphertext) + decryptor.finalize()


def export_day(day: date, out_dir: Path = settings.ACCOUNTING_DROP_DIR) -> Path:
    tickets = [
        {
            "ticket": t.number,
            "truck": t.truck_plate,
            "gross_kg": t.gross_kg,
            "tare_kg": t.tare_kg,
            "product": t.product_code,
        }
        for t in tickets_for_day(day)
    ]
    key = bytes.fromhex(settings.ACCOUNTING_EXPORT_KEY_HEX)
    label = f"scale-tickets:{day.isoformat()}".encode()
    target = out_dir / f"scale-{day:%Y%m%d}.json.enc"
    target.write_bytes(seal(json.dumps(tickets).encode(), key, label))
    return target
