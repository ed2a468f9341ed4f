"""Yearly rotation of the key used to sign sales invoices to recycler buyers.

Generates a new RSA key and CSR; the CSR is sent to the finance PKI team
and the key is stored in the secrets manager under the new version.
"""

import json
import os

import boto3
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

SIGNING_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537


def new_key(bits: int = SIGNING_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def build_csr(key: rsa.RSAPrivateKey, year: int) -> x509.CertificateSigningRequest:
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "City Recycling Services"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Finance"),
        x509.NameAttribute(NameOID.COMMON_NAME, f"Sales invoice signing {year}"),
    ])
    return x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())


def rotate(year: int) -> str:
    key = new_key()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    secrets_client = boto3.client("secretsmanager")
    secret_id = os.environ.get("INVOICE_SIGNING_SECRET_ID", "finance/invoice-signing")
    secrets_client.put_secret_value(
        SecretId=secret_id,
        SecretString=json.dumps({"year": year, "private_key_pem": pem}),
        VersionStages=["AWSPENDING"],
    )
    csr_path = f"invoice-signing-{year}.csr.pem"
    with open(csr_path, "wb") as fh:
        fh.write(build_csr(key, year).public_bytes(serialization.Encoding.PEM))
    return csr_path


if __name__ == "__main__":
    import sys

    print(rotate(int(sys.argv[1])))
