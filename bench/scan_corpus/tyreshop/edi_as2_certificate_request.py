"""Creates the key and CSR for a new AS2 trading partner certificate.

The group's PKI team signs AS2 certificates for supplier connections. This
tool creates the private key on the EDI server and writes a CSR that is
sent to the PKI team for signing.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_BITS = 3072


def make_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def make_csr(key: rsa.RSAPrivateKey, as2_id: str, partner: str) -> x509.CertificateSigningRequest:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tyre & Service Group"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"EDI {partner}"),
            x509.NameAttribute(NameOID.COMMON_NAME, as2_id),
        ]
    )
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=True,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("as2_id")
    parser.add_argument("partner")
    parser.add_argument("--out", type=Path, default=Path("/etc/edi/as2"))
    args = parser.parse_args()

    key = make_key()
    passphrase = os.environ["AS2_KEY_PASSPHRASE"].encode()
    args.out.mkdir(parents=True, exist_ok=True)
    key_path = args.out / f"{args.as2_id}.key.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    csr = make_csr(key, args.as2_id, args.partner)
    (args.out / f"{args.as2_id}.csr.pem").write_bytes(csr.public_bytes(serialization.Encoding.PEM))


if __name__ == "__main__":
    main()
