"""Deterministic tokens for winners' national identity numbers.

Responsible-gambling and anti-fraud rules need to find every claim made
with the same national ID without storing the ID in clear, so the same ID
must always map to the same token while remaining decryptable for audits.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESSIV


class TokenizerProfile:
    key_env = "NATIONAL_ID_SIV_KEY"
    context = b"winner-national-id:v1"
    prefix = "nid1_"


def _normalise(national_id: str) -> bytes:
    return "".join(ch for ch in national_id.upper() if ch.isalnum()).encode("ascii")


@dataclass
class NationalIdTokenizer:
    key: bytes
    profile: type[TokenizerProfile] = TokenizerProfile

    def __post_init__(self) -> None:
        if len(self.key) not in (32, 48, 64):
            raise ValueError("AES-SIV key must be 256, 384 or 512 bits")
        self._siv = AESSIV(self.key)

    def tokenize(self, national_id: str, jurisdiction: str) -> str:
        associated = [self.profile.context, jurisdiction.encode("ascii")]
        blob = self._siv.encrypt(_normalise(national_id), associated)
        return self.profile.prefix + base64.urlsafe_b64encode(blob).decode("ascii").rstrip("=")

    def detokenize(self, token: str, jurisdiction: str) -> str:
        if not token.startswith(self.profile.prefix):
            raise ValueError("unknown token format")
        body = token[len(self.profile.prefix):]
        blob = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        associated = [self.profile.context, jurisdiction.encode("ascii")]
        return self._siv.decrypt(blob, associated).decode("ascii")


def tokenizer_from_env(profile: type[TokenizerProfile] = TokenizerProfile) -> NationalIdTokenizer:
    return NationalIdTokenizer(base64.b64decode(os.environ[profile.key_env]), profile)
