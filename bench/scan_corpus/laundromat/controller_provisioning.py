"""Factory provisioning for payment-terminal controllers.

Creates the terminal's RSA identity key and a CSR for the fleet CA. The key
is encrypted with a per-batch passphrase from the provisioning vault before
it leaves the jig.
"""
import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

RSA_KEY_BITS = 3072
RSA_PUBLIC_EXPONENT = 65537


@dataclass
class TerminalIdentity:
    serial: str
    key_pem: bytes
    csr_pem: bytes


def provision_terminal(serial: str, store_code: str) -> TerminalIdentity:
    key = rsa.generate_private_key(public_exponent=RSA_PUBLIC_EXPONENT, key_size=RSA_KEY_BITS)
    name = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "WashPoint Payments"),
        x509.NameAttribute(NameOID.LOCALITY_NAME, store_code),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, serial),
        x509.NameAttribute(NameOID.COMMON_NAME, f"terminal-{serial}"),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(name)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    passphrase = os.environ["PROVISION_BATCH_PASSPHRASE"].encode()
    key_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    return TerminalIdentity(serial, key_pem, csr.public_bytes(serialization.Encoding.PEM))
