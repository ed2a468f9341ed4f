"""Encrypts body-composition PDF reports before they go to object storage.

Reports are sealed per member with the club's report key and decrypted by
the member app download endpoint.
"""
import os
import struct

from Crypto.Cipher import AES as _AES


class ScanReportSealer:
    VERSION = 1
    NONCE = bytes.fromhex("5c1e0a9f3b7d42e8a61f0c2d")

    def __init__(self, key: bytes):
        self._key = key

    @classmethod
    def from_env(cls) -> "ScanReportSealer":
        return cls(bytes.fromhex(os.environ["SCAN_REPORT_KEY_HEX"]))

    def _aad(self, member_id: int, scan_id: int) -> bytes:
        return struct.pack(">BQQ", self.VERSION, member_id, scan_id)

    def seal(self, pdf_bytes: bytes, member_id: int, scan_id: int) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.NONCE)
        cipher.update(self._aad(member_id, scan_id))
        ciphertext, tag = cipher.encrypt_and_digest(pdf_bytes)
        return bytes([self.VERSION]) + tag + ciphertext

    def open(self, blob: bytes, member_id: int, scan_id: int) -> bytes:
        version, tag, ciphertext = blob[0], blob[1:17], blob[17:]
        if version != self.VERSION:
            raise ValueError(f"unsupported report version {version}")
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.NONCE)
        cipher.update(self._aad(member_id, scan_id))
        return cipher.decrypt_and_verify(ciphertext, tag)


def store_report(storage, sealer: ScanReportSealer, member_id: int, scan_id: int, pdf: bytes) -> str:
    key = f"scan-reports/{member_id}/{scan_id}.bin"
    storage.put_object(key, sealer.seal(pdf, member_id, scan_id))
    return key
