"""Provision device identities for crew tablets.

Each tablet gets its own key pair and a CSR that is signed by the trust's
device CA. The private key is written to the provisioning USB stick encrypted
with a passphrase the station manager enters at the bench.
"""
import argparse
import getpass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEYGEN_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}

ORG_NAME = "Regional Ambulance Service NHS Trust"


def make_identity(asset_tag: str, station: str):
    key = rsa.generate_private_key(**KEYGEN_PARAMS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG_NAME),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, station),
            x509.NameAttribute(NameOID.COMMON_NAME, f"tablet-{asset_tag}"),
        ]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return key, csr


def write_identity(out_dir: Path, asset_tag: str, key, csr, passphrase: bytes) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{asset_tag}.key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    (out_dir / f"{asset_tag}.csr.pem").write_bytes(csr.public_bytes(serialization.Encoding.PEM))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("asset_tag")
    parser.add_argument("--station", required=True)
    parser.add_argument("--out", type=Path, default=Path("provisioning"))
    args = parser.parse_args()
    passphrase = getpass.getpass("Key passphrase: ").encode("utf-8")
    key, csr = make_identity(args.asset_tag, args.station)
    write_identity(args.out, args.asset_tag, key, csr, passphrase)


if __name__ == "__main__":
    main()
