"""Seals embargoed scan metadata before it is pushed to the shared digitisation bucket.

Some archive deposits carry access restrictions (closed until a given year), so
the technical metadata for those scans is encrypted at rest in the bucket.
"""
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_VAR = "EMBARGO_METADATA_KEY"
_BLOCK = 16
_IV = b"mus-embargo-v1\x00\x00"


class MetadataSealer:
    """Encrypts the JSON metadata document that accompanies each embargoed scan."""

    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ[_KEY_VAR])

    def _new_cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, _IV)

    def seal(self, metadata: dict) -> bytes:
        raw = json.dumps(metadata, sort_keys=True).encode("utf-8")
        return self._new_cipher().encrypt(pad(raw, _BLOCK))

    def unseal(self, blob: bytes) -> dict:
        raw = unpad(self._new_cipher().decrypt(blob), _BLOCK)
        return json.loads(raw)


def seal_batch(records: list[dict], sealer: MetadataSealer | None = None) -> dict[str, bytes]:
    sealer = sealer or MetadataSealer()
    return {rec["scan_id"]: sealer.seal(rec) for rec in records if rec.get("embargo_until")}
