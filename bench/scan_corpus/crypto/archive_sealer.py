"""Encrypt audit-log archives before moving them to cold storage."""
import argparse
import os
import struct
import sys
from pathlib import Path

from Crypto.Cipher import AES

MAGIC = b"ALA1"


def _key() -> bytes:
    key = bytes.fromhex(os.environ["AUDIT_ARCHIVE_KEY"])
    if len(key) != 32:
        raise SystemExit("AUDIT_ARCHIVE_KEY must be 64 hex characters")
    return key


def seal(src: Path, dst: Path) -> None:
    cipher = AES.new(_key(), AES.MODE_GCM)
    cipher.update(MAGIC + src.name.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    name = src.name.encode("utf-8")
    with dst.open("wb") as out:
        out.write(MAGIC)
        out.write(struct.pack(">H", len(name)) + name)
        out.write(cipher.nonce)
        out.write(tag)
        out.write(ciphertext)


def unseal(src: Path, out_dir: Path) -> Path:
    blob = src.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError("not an audit archive")
    (name_len,) = struct.unpack(">H", blob[4:6])
    name = blob[6 : 6 + name_len]
    offset = 6 + name_len
    nonce, tag = blob[offset : offset + 16], blob[offset + 16 : offset + 32]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + name)
    plaintext = cipher.decrypt_and_verify(blob[offset + 32 :], tag)
    target = out_dir / (src.stem + ".log")
    target.write_bytes(plaintext)
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["seal", "unseal"])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    args = parser.parse_args()
    if args.action == "seal":
        seal(args.src, args.dst)
    else:
        print(unseal(args.src, args.dst))
    sys.exit(0)
