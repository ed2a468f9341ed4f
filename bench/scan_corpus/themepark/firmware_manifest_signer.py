"""CLI used by the ride engineering team to sign controller firmware manifests.

    python -m tools.firmware_manifest_signer keygen --out keys/
    python -m tools.firmware_manifest_signer sign manifest.json --key keys/signing.pem
"""
import argparse
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def generate_signing_key(out_dir: Path, key_size: int = 1024) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    passphrase = os.environ["FIRMWARE_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / "signing.pem"
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (out_dir / "signing.pub.pem").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return priv_path


def sign_manifest(manifest_path: Path, key_path: Path) -> None:
    passphrase = os.environ["FIRMWARE_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    manifest = json.loads(manifest_path.read_text())
    body = json.dumps(manifest["files"], sort_keys=True).encode()
    sig = key.sign(body, padding.PSS(mgf=padding.MGF1(hashes.SHA256()),
                                     salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())
    manifest["signature"] = base64.b64encode(sig).decode()
    manifest_path.write_text(json.dumps(manifest, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(prog="firmware_manifest_signer")
    sub = parser.add_subparsers(dest="cmd", required=True)
    kg = sub.add_parser("keygen")
    kg.add_argument("--out", type=Path, default=Path("keys"))
    sg = sub.add_parser("sign")
    sg.add_argument("manifest", type=Path)
    sg.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if args.cmd == "keygen":
        print(f"wrote {generate_signing_key(args.out)}")
    else:
        sign_manifest(args.manifest, args.key)


if __name__ == "__main__":
    main()
