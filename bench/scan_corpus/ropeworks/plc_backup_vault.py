"""Encrypted backups of PLC programs from the stranding and braiding lines.

Maintenance exports the ladder logic of each line controller every week.
The exports are encrypted before they are copied to the shared drive.

Usage:
    python -m ropeworks.tools.plc_backup_vault seal line07.acd
    python -m ropeworks.tools.plc_backup_vault open line07_2024-05-06.rwb
"""
import argparse
import os
import sys
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

MAGIC = b"RWPLC1"
IV_LEN = 8


def load_key() -> bytes:
    raw = bytes.fromhex(os.environ["PLC_BACKUP_KEY"])
    return DES3.adjust_key_parity(raw)


def encrypt_program(data: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(IV_LEN)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return MAGIC + iv + cipher.encrypt(pad(data, DES3.block_size))


def decrypt_program(blob: bytes, key: bytes) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not a ropeworks PLC backup")
    iv = blob[len(MAGIC):len(MAGIC) + IV_LEN]
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(blob[len(MAGIC) + IV_LEN:]), DES3.block_size)


def seal(path: Path, key: bytes) -> Path:
    out = path.with_name(f"{path.stem}_{date.today().isoformat()}.rwb")
    out.write_bytes(encrypt_program(path.read_bytes(), key))
    return out


def unseal(path: Path, key: bytes) -> Path:
    out = path.with_suffix(".acd")
    out.write_bytes(decrypt_program(path.read_bytes(), key))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["seal", "open"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    key = load_key()
    result = seal(args.file, key) if args.action == "seal" else unseal(args.file, key)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
