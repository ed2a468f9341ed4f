"""Envelope encryption for pre-need trust statements.

Quarterly trust statements list the purchaser's account balance and are
encrypted before upload to the statement archive.
"""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_MAGIC = b"FHPN"
FORMAT_VERSION = 2
STATEMENT_AAD = b"fhgroup/preneed-trust-statement/v2"
NONCE_SIZE = 12


class StatementSealer:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    def seal(self, statement_pdf: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        header = FORMAT_MAGIC + struct.pack(">B", FORMAT_VERSION)
        ct = self._aead.encrypt(nonce, statement_pdf, STATEMENT_AAD + header)
        return header + nonce + ct

    def unseal(self, blob: bytes) -> bytes:
        header, rest = blob[:5], blob[5:]
        if header[:4] != FORMAT_MAGIC or header[4] != FORMAT_VERSION:
            raise ValueError("not a v2 trust statement blob")
        nonce, ct = rest[:NONCE_SIZE], rest[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, STATEMENT_AAD + header)


def sealer_from_env() -> StatementSealer:
    return StatementSealer(bytes.fromhex(os.environ["PRENEED_STATEMENT_KEY_HEX"]))
