"""Build encrypted OTA images for washer/dryer controller boards.

The bootloader on the board holds the per-model image key and decrypts the
payload in place before checking the SHA-256 in the header.

Usage:
    python -m tools.firmware_packager build/app.bin --model WX-450 --version 3.4.1
"""
import argparse
import hashlib
import json
import os
import struct
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAGIC = b"WPFW"
HEADER = struct.Struct(">4sH32s16s")  # magic, header version, sha256, iv


def model_key(model: str) -> bytes:
    return bytes.fromhex(os.environ[f"FW_KEY_{model.replace('-', '_')}"])


def model_iv(model: str) -> bytes:
    return hashlib.sha256(f"washpoint/{model}".encode()).digest()[:16]


def encrypt_image(image: bytes, model: str) -> bytes:
    iv = model_iv(model)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(image) + padder.finalize()
    enc = Cipher(algorithms.AES(model_key(model)), modes.CBC(iv)).encryptor()
    body = enc.update(padded) + enc.finalize()
    header = HEADER.pack(MAGIC, 2, hashlib.sha256(image).digest(), iv)
    return header + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("image", type=Path)
    parser.add_argument("--model", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, default=Path("dist"))
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    blob = encrypt_image(args.image.read_bytes(), args.model)
    target = args.out / f"{args.model}-{args.version}.wpfw"
    target.write_bytes(blob)
    manifest = {"model": args.model, "version": args.version, "size": len(blob)}
    target.with_suffix(".json").write_text(json.dumps(manifest, indent=2))
    print(f"wrote {target} ({len(blob)} bytes)")


if __name__ == "__main__":
    main()
