"""Signs commercial invoices for export consignments.

Some importers (Japan, Switzerland) accept an electronically signed
commercial invoice. The workshop signs the PDF bytes with its own RSA
key and ships the detached signature and public key alongside.
"""
from __future__ import annotations

import argparse
import base64
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


def generate_signing_key(key_path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path.write_bytes(pem)
    key_path.chmod(0o600)
    return key


def load_signing_key(key_path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)


def sign_invoice(key: rsa.RSAPrivateKey, pdf: Path) -> Path:
    signature = key.sign(
        pdf.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    sig_path = pdf.with_suffix(pdf.suffix + ".sig")
    sig_path.write_text(base64.b64encode(signature).decode("ascii"))
    return sig_path


def export_public_key(key: rsa.RSAPrivateKey, out: Path) -> None:
    out.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def main() -> int:
    import getpass

    parser = argparse.ArgumentParser(description="Sign export invoices")
    parser.add_argument("--key", type=Path, default=Path("/etc/trug/keys/invoice-signing.pem"))
    parser.add_argument("--init", action="store_true", help="generate a new signing key")
    parser.add_argument("invoices", nargs="*", type=Path)
    args = parser.parse_args()
    passphrase = getpass.getpass("Signing key passphrase: ").encode()
    if args.init:
        key = generate_signing_key(args.key, passphrase)
        export_public_key(key, args.key.with_name("invoice-signing.pub.pem"))
    else:
        key = load_signing_key(args.key, passphrase)
    for pdf in args.invoices:
        print(f"signed {pdf.name} -> {sign_invoice(key, pdf).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
