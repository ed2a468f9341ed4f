"""Packet codec for results transfers between counting centres and the county EMS."""
import json
import os
import struct

from Crypto.Cipher import AES

VERSION = 2


def _key() -> bytes:
    return bytes.fromhex(os.environ["EMS_TRANSFER_KEY"])


def encode(precinct_id: str, results: dict, key: bytes | None = None) -> bytes:
    cipher = AES.new(key or _key(), AES.MODE_GCM)
    cipher.update(precinct_id.encode())
    body = json.dumps(results, sort_keys=True).encode()
    ct, tag = cipher.encrypt_and_digest(body)
    return struct.pack(">BB", VERSION, len(cipher.nonce)) + cipher.nonce + tag + ct


def decode(precinct_id: str, packet: bytes, key: bytes | None = None) -> dict:
    version, nlen = struct.unpack(">BB", packet[:2])
    if version != VERSION:
        raise ValueError(f"unsupported packet version {version}")
    nonce = packet[2:2 + nlen]
    tag = packet[2 + nlen:18 + nlen]
    ct = packet[18 + nlen:]
    cipher = AES.new(key or _key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(precinct_id.encode())
    return json.loads(cipher.decrypt_and_verify(ct, tag))
