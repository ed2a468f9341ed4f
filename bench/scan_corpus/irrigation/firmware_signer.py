"""Signs controller firmware images for the gen-2 bootloader.

The gen-2 bootloader verifies RSA-PSS/SHA-256 signatures appended to the image.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_PARAMS = {"public_exponent": 65537, "key_size": 3072}
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)


def new_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**KEYGEN_PARAMS)


def load_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_image(image: bytes, key: rsa.RSAPrivateKey) -> bytes:
    signature = key.sign(image, PSS, hashes.SHA256())
    return image + len(signature).to_bytes(2, "big") + signature


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("image", type=Path)
    ap.add_argument("--key", type=Path, required=True)
    ap.add_argument("--passphrase-file", type=Path, required=True)
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args()

    key = load_key(args.key, args.passphrase_file.read_bytes().strip())
    signed = sign_image(args.image.read_bytes(), key)
    out = args.output or args.image.with_suffix(args.image.suffix + ".signed")
    out.write_bytes(signed)
    print(f"signed {args.image.name} -> {out}")


if __name__ == "__main__":
    main()
