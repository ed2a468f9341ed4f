"""Encrypt nightly matter-database dumps before they go to cold storage.

Output layout: ciphertext || HMAC-SHA256(ciphertext)
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CHUNK = 1024 * 1024
_IV = b"\x00" * 16


def _load_keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["BACKUP_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["BACKUP_MAC_KEY"])
    if len(enc_key) != 32 or len(mac_key) < 32:
        raise SystemExit("backup keys are misconfigured")
    return enc_key, mac_key


def encrypt_dump(src: Path, dst: Path) -> int:
    enc_key, mac_key = _load_keys()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(_IV)).encryptor()
    padder = padding.PKCS7(128).padder()
    mac = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    written = 0

    with src.open("rb") as fin, dst.open("wb") as fout:
        for chunk in iter(lambda: fin.read(CHUNK), b""):
            block = encryptor.update(padder.update(chunk))
            mac.update(block)
            fout.write(block)
            written += len(block)
        tail = encryptor.update(padder.finalize()) + encryptor.finalize()
        mac.update(tail)
        fout.write(tail)
        fout.write(mac.finalize())
        written += len(tail)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description="Encrypt a pg_dump file for archival.")
    parser.add_argument("dump", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or args.dump.with_suffix(args.dump.suffix + ".enc")
    size = encrypt_dump(args.dump, out)
    print(f"wrote {size} bytes to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
