"""Provisioning helper: create the identity key and CSR for a controller board.

Run on the factory jig once per board; the CSR is uploaded to the fleet CA
and the private key is written to the board's secure element staging file.
"""
import argparse
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def generate_identity(serial: str, model: str, key_bits: int = 1024):
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "WashPoint Fleet"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, model),
        x509.NameAttribute(NameOID.COMMON_NAME, serial),
    ])
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return key, csr


def write_identity(out_dir: Path, serial: str, key, csr) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    key_path = out_dir / f"{serial}.key"
    key_path.write_bytes(key_pem)
    key_path.chmod(0o600)
    (out_dir / f"{serial}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("serial")
    ap.add_argument("--model", default="WX-450")
    ap.add_argument("--out", type=Path, default=Path("provision"))
    args = ap.parse_args()
    key, csr = generate_identity(args.serial, args.model)
    write_identity(args.out, args.serial, key, csr)


if __name__ == "__main__":
    main()
