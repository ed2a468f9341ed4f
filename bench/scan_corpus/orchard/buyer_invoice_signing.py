"""Detached signatures for wholesale invoices sent to supermarket buyers."""
import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class SigningSettings:
    PUBLIC_EXPONENT = 65537
    KEY_SIZE = 3072
    KEY_FILE = Path(os.environ.get("INVOICE_KEY_FILE", "/etc/orchard/invoice-signing.pem"))


@dataclass
class SignedInvoice:
    invoice_no: str
    sha256: str
    signature_b64: str


def generate_key(settings: type = SigningSettings) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(
        public_exponent=settings.PUBLIC_EXPONENT,
        key_size=settings.KEY_SIZE,
    )


def ensure_key(passphrase: bytes, settings: type = SigningSettings) -> rsa.RSAPrivateKey:
    path = settings.KEY_FILE
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    key = generate_key(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    path.chmod(0o600)
    return key


def sign_invoice_pdf(invoice_no: str, pdf: bytes, key: rsa.RSAPrivateKey) -> SignedInvoice:
    signature = key.sign(
        pdf,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return SignedInvoice(
        invoice_no=invoice_no,
        sha256=hashlib.sha256(pdf).hexdigest(),
        signature_b64=base64.b64encode(signature).decode("ascii"),
    )


def verify_invoice_pdf(pdf: bytes, signed: SignedInvoice, public_key: rsa.RSAPublicKey) -> None:
    public_key.verify(
        base64.b64decode(signed.signature_b64),
        pdf,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


if __name__ == "__main__":
    import sys

    k = ensure_key(os.environ["INVOICE_KEY_PASSPHRASE"].encode())
    pdf_path = Path(sys.argv[1])
    result = sign_invoice_pdf(pdf_path.stem, pdf_path.read_bytes(), k)
    print(result)
