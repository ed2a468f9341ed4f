"""Encryption of accident and incident reports (falls, belay failures) before archiving."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ReportCipherConfig:
    enc_key_env = "INCIDENT_ENC_KEY"
    mac_key_env = "INCIDENT_MAC_KEY"
    iv_bytes = 16
    tag_bytes = 32


@dataclass
class SealedReport:
    report_id: int
    iv: bytes
    ciphertext: bytes
    tag: bytes

    def to_text(self) -> str:
        blob = base64.urlsafe_b64encode(self.iv + self.ciphertext + self.tag)
        return f"{self.report_id}:{blob.decode('ascii')}"

    @classmethod
    def from_text(cls, text: str, cfg: type[ReportCipherConfig] = ReportCipherConfig):
        report_id, blob = text.split(":", 1)
        raw = base64.urlsafe_b64decode(blob)
        iv, rest = raw[: cfg.iv_bytes], raw[cfg.iv_bytes:]
        return cls(int(report_id), iv, rest[: -cfg.tag_bytes], rest[-cfg.tag_bytes:])


class IncidentReportCipher:
    def __init__(self, config: type[ReportCipherConfig] = ReportCipherConfig) -> None:
        self._enc_key = base64.b64decode(os.environ[config.enc_key_env])
        self._mac_key = base64.b64decode(os.environ[config.mac_key_env])
        self._iv_len = config.iv_bytes

    def _mac(self, report_id: int, iv: bytes, ct: bytes) -> hmac.HMAC:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(str(report_id).encode("ascii") + b"|" + iv + ct)
        return h

    def seal(self, report_id: int, text: str) -> SealedReport:
        iv = os.urandom(self._iv_len)
        padder = padding.PKCS7(128).padder()
        data = padder.update(text.encode("utf-8")) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        ct = enc.update(data) + enc.finalize()
        return SealedReport(report_id, iv, ct, self._mac(report_id, iv, ct).finalize())

    def open(self, sealed: SealedReport) -> str:
        self._mac(sealed.report_id, sealed.iv, sealed.ciphertext).verify(sealed.tag)
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(sealed.iv)).decryptor()
        data = dec.update(sealed.ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")
