"""Generate the signing/encryption key pair for our SAML service provider.

Run once per environment; the private key goes to the secrets store and the
certificate is pasted into the IdP metadata.
"""
import argparse
import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

SP_KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
    "validity_days": 730,
    "organization": "Registrar Services",
}


def build_certificate(entity_host: str):
    key = rsa.generate_private_key(
        public_exponent=SP_KEY_SETTINGS["public_exponent"],
        key_size=SP_KEY_SETTINGS["key_size"],
    )
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, SP_KEY_SETTINGS["organization"]),
        x509.NameAttribute(NameOID.COMMON_NAME, entity_host),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=SP_KEY_SETTINGS["validity_days"]))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("entity_host")
    parser.add_argument("--out", type=Path, default=Path("."))
    args = parser.parse_args()

    key, cert = build_certificate(args.entity_host)
    key_path = args.out / "sp-key.pem"
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    key_path.chmod(0o600)
    (args.out / "sp-cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    print(f"wrote {key_path} and sp-cert.pem for {args.entity_host}")


if __name__ == "__main__":
    main()
