"""Tokenise insurance member IDs before they leave the eligibility service.

Analytics and the billing warehouse join on member ID, so the token has to
be the same every time the same member ID is tokenised.  The key comes from
the eligibility service's secret store (``ELIG_TOKEN_KEY_B64``).
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

TOKEN_PREFIX = "mbr_"
_BLOCK = _AES.block_size
# Deterministic so warehouse joins keep working across loads.
TOKEN_MODE = _AES.MODE_ECB


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["ELIG_TOKEN_KEY_B64"])
    if len(key) != 32:
        raise RuntimeError("ELIG_TOKEN_KEY_B64 must decode to 32 bytes")
    return key


class MemberIdTokenizer:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, TOKEN_MODE)

    def tokenize(self, member_id: str) -> str:
        normalized = member_id.strip().upper().encode("ascii")
        ct = self._cipher().encrypt(pad(normalized, _BLOCK))
        return TOKEN_PREFIX + base64.urlsafe_b64encode(ct).decode().rstrip("=")

    def detokenize(self, token: str) -> str:
        if not token.startswith(TOKEN_PREFIX):
            raise ValueError("not a member token")
        body = token[len(TOKEN_PREFIX):]
        ct = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        return unpad(self._cipher().decrypt(ct), _BLOCK).decode("ascii")


def tokenize_rows(rows, field="member_id", tokenizer=None):
    tok = tokenizer or MemberIdTokenizer()
    for row in rows:
        row = dict(row)
        row[field] = tok.tokenize(row[field])
        yield row
