"""Encrypts the weekly 834 enrollment file before upload to the dental carrier.

The carrier's intake gateway only accepts Triple-DES (CBC, PKCS#7) payloads with
the IV prepended; the shared key is exchanged out of band and injected from Vault.
"""
import os
import sys
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def load_carrier_key() -> bytes:
    key = bytes.fromhex(os.environ["DENTAL_CARRIER_KEY"])
    return DES3.adjust_key_parity(key)


def encrypt_enrollment_file(src: Path, dest: Path, key: bytes) -> Path:
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    payload = cipher.encrypt(pad(src.read_bytes(), DES3.block_size))
    dest.write_bytes(iv + payload)
    return dest


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: carrier_file_encryption.py <in.834> <out.enc>", file=sys.stderr)
        return 2
    src, dest = Path(argv[1]), Path(argv[2])
    encrypt_enrollment_file(src, dest, load_carrier_key())
    print(f"wrote {dest} ({dest.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
