"""Key pairs and CSRs for notary electronic seals (sent to the commissioning CA)."""
from Crypto.PublicKey import RSA
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

SEAL_KEY_BITS = 3072


def generate_seal_key(kms, kms_key_id: str, bits: int = SEAL_KEY_BITS) -> tuple[bytes, bytes]:
    """Returns (KMS-encrypted PKCS#8 DER private key, PEM public key)."""
    key = RSA.generate(bits)
    wrapped = kms.encrypt(KeyId=kms_key_id, Plaintext=key.export_key(format="DER", pkcs=8))
    return wrapped["CiphertextBlob"], key.publickey().export_key(format="PEM")


def build_csr(kms, wrapped_key: bytes, notary_name: str, commission_number: str, state: str) -> bytes:
    plaintext = kms.decrypt(CiphertextBlob=wrapped_key)["Plaintext"]
    private_key = serialization.load_der_private_key(plaintext, password=None)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, notary_name),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, commission_number),
        x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, state),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .sign(private_key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)
