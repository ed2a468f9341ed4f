"""Packaging of record transfers exchanged with the regional county record offices.

A transfer is a directory of files plus a CSV manifest. The package is
encrypted with the key agreed with the receiving office and uploaded to the
exchange share.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class TransferPackage:
    office_code: str
    files: list[Path] = field(default_factory=list)

    def manifest(self) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["filename", "bytes", "sha256"])
        for path in self.files:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            writer.writerow([path.name, path.stat().st_size, digest])
        return buf.getvalue().encode("utf-8")

    def payload(self) -> bytes:
        parts = [self.manifest()]
        for path in self.files:
            parts.append(path.read_bytes())
        return b"\n--\n".join(parts)


def office_key(office_code: str) -> bytes:
    return bytes.fromhex(os.environ[f"TRANSFER_KEY_{office_code.upper()}"])


def encrypt_package(package: TransferPackage) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(office_key(package.office_code), DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(package.payload(), DES3.block_size))


def decrypt_package(office_code: str, blob: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    cipher = DES3.new(office_key(office_code), DES3.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), DES3.block_size)


def write_package(package: TransferPackage, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"transfer-{package.office_code.lower()}.enc"
    target.write_bytes(encrypt_package(package))
    return target
