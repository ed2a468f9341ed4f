"""Issues device identity keys and client certificates for screen players.

Each player gets a key pair and a certificate signed by the fleet CA at
provisioning time; the certificate is used for mTLS to the content API.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


class DeviceIdentityIssuer:
    KEY_SIZE = 1024
    VALIDITY = timedelta(days=365)
    ORGANISATION = "Outdoor Media Fleet"

    def __init__(self, ca_key: rsa.RSAPrivateKey, ca_cert: x509.Certificate) -> None:
        self._ca_key = ca_key
        self._ca_cert = ca_cert

    @classmethod
    def from_pem_files(cls, key_path: str, cert_path: str, passphrase: bytes) -> "DeviceIdentityIssuer":
        with open(key_path, "rb") as fh:
            ca_key = serialization.load_pem_private_key(fh.read(), password=passphrase)
        with open(cert_path, "rb") as fh:
            ca_cert = x509.load_pem_x509_certificate(fh.read())
        return cls(ca_key, ca_cert)

    def _new_key(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(public_exponent=65537, key_size=self.KEY_SIZE)

    def issue(self, player_serial: str, site_code: str, passphrase: bytes) -> tuple[bytes, bytes]:
        key = self._new_key()
        now = datetime.now(timezone.utc)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.ORGANISATION),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site_code),
                x509.NameAttribute(NameOID.COMMON_NAME, player_serial),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self._ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + self.VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
            )
            .sign(self._ca_key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        return key_pem, cert.public_bytes(serialization.Encoding.PEM)
