"""Key and CSR generation for charge point controllers during commissioning.

Installers run this from the commissioning laptop; the CSR is uploaded to the
CPO sub-CA and the key never leaves the controller's encrypted storage.
"""
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

PUBLIC_EXPONENT = 65537
CHARGER_KEY_BITS = 3072
CSR_ORG = "ChargeNet CPO"


@dataclass
class CommissioningBundle:
    charge_box_id: str
    csr_pem: bytes
    key_pem: bytes


def _new_charger_key(bits: int = CHARGER_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def commission_charger(charge_box_id: str, key_passphrase: bytes) -> CommissioningBundle:
    key = _new_charger_key()
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, charge_box_id),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, CSR_ORG),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(key_passphrase),
    )
    return CommissioningBundle(
        charge_box_id=charge_box_id,
        csr_pem=csr.public_bytes(serialization.Encoding.PEM),
        key_pem=key_pem,
    )
