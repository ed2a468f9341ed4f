"""Device identities for in-vehicle MDTs (mobile data terminals).

Generates a key pair and CSR for each MDT during fit-out. The CSR is sent to
the device CA; the key never leaves the workshop provisioning laptop except on
the encrypted token.
"""
from pathlib import Path

import click
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_SPEC = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def generate(callsign: str, fleet_no: str):
    key = rsa.generate_private_key(**KEY_SPEC)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Fleet MDT"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"mdt-{fleet_no}"),
            x509.NameAttribute(NameOID.PSEUDONYM, callsign),
        ]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
    return key, csr


@click.command()
@click.argument("fleet_no")
@click.option("--callsign", required=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("mdt-keys"))
@click.password_option("--passphrase", prompt="Token passphrase")
def main(fleet_no: str, callsign: str, out: Path, passphrase: str) -> None:
    key, csr = generate(callsign, fleet_no)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{fleet_no}.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        )
    )
    (out / f"{fleet_no}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    click.echo(f"wrote key and CSR for {fleet_no} ({callsign})")


if __name__ == "__main__":
    main()
