"""Authenticated encryption for BHS sorter telegrams.

PLC firmware 4.2+ supports AES-EAX framing:
    header (4 bytes) || nonce (16) || tag (16) || ciphertext
The header is authenticated but sent in clear so the switch can route it.
"""
import os
import struct

from Crypto.Cipher import AES as _AES

HEADER = struct.Struct(">HBB")  # length, line number, telegram type
NONCE_LEN = 16
TAG_LEN = 16


def _line_key(line_no: int) -> bytes:
    return bytes.fromhex(os.environ[f"BHS_LINE{line_no}_KEY"])


def seal_telegram(line_no: int, telegram_type: int, payload: bytes) -> bytes:
    cipher = _AES.new(_line_key(line_no), _AES.MODE_EAX)
    body_len = NONCE_LEN + TAG_LEN + len(payload)
    header = HEADER.pack(body_len, line_no, telegram_type)
    cipher.update(header)
    ct, tag = cipher.encrypt_and_digest(payload)
    return header + cipher.nonce + tag + ct


def open_telegram(frame: bytes) -> tuple[int, int, bytes]:
    header = frame[:HEADER.size]
    body_len, line_no, telegram_type = HEADER.unpack(header)
    body = frame[HEADER.size:HEADER.size + body_len]
    nonce, tag, ct = body[:NONCE_LEN], body[NONCE_LEN:NONCE_LEN + TAG_LEN], body[NONCE_LEN + TAG_LEN:]
    cipher = _AES.new(_line_key(line_no), _AES.MODE_EAX, nonce=nonce)
    cipher.update(header)
    payload = cipher.decrypt_and_verify(ct, tag)
    return line_no, telegram_type, payload
