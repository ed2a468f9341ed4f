"""Signs patch manifests produced by the release pipeline.

The launcher downloads ``manifest.json`` and ``manifest.sig`` from the CDN and
verifies the signature with the public key baked into the launcher build.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def _passphrase() -> bytes:
    return os.environ["PATCH_SIGNING_PASSPHRASE"].encode()


def _write_private(path: Path, key: rsa.RSAPrivateKey) -> None:
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def load_or_create_key(key_dir: Path) -> rsa.RSAPrivateKey:
    private_path = key_dir / "patch_signing.pem"
    if private_path.exists():
        return serialization.load_pem_private_key(private_path.read_bytes(), _passphrase())
    key_dir.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    _write_private(private_path, key)
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (key_dir / "patch_signing.pub.pem").write_bytes(public_pem)
    return key


def canonical_manifest(manifest_path: Path) -> bytes:
    manifest = json.loads(manifest_path.read_text())
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


def sign_manifest(key: rsa.RSAPrivateKey, manifest_path: Path) -> Path:
    signature = key.sign(canonical_manifest(manifest_path), PSS, hashes.SHA256())
    sig_path = manifest_path.with_suffix(".sig")
    sig_path.write_bytes(signature)
    return sig_path


def main() -> None:
    parser = argparse.ArgumentParser(description="Sign a patch manifest")
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--key-dir", type=Path, default=Path(os.environ.get("PATCH_KEY_DIR", "keys")))
    args = parser.parse_args()
    key = load_or_create_key(args.key_dir)
    sig_path = sign_manifest(key, args.manifest)
    print(f"wrote {sig_path}")


if __name__ == "__main__":
    main()
