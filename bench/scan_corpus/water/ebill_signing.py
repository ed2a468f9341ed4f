"""Detached signatures for e-bill PDFs so customers' banks can verify bill-pay documents."""
import os
from pathlib import Path

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss

SIGNING_KEY_BITS = 3072


def create_signing_key(out_dir: Path) -> Path:
    key = RSA.generate(SIGNING_KEY_BITS)
    passphrase = os.environ["EBILL_KEY_PASSPHRASE"]
    key_path = out_dir / "ebill-signing.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.export_key(format="PEM", passphrase=passphrase, pkcs=8,
                                protection="scryptAndAES256-CBC"))
    (out_dir / "ebill-signing.pub.pem").write_bytes(key.publickey().export_key(format="PEM"))
    return key_path


def load_signing_key(key_path: Path) -> RSA.RsaKey:
    return RSA.import_key(key_path.read_bytes(), passphrase=os.environ["EBILL_KEY_PASSPHRASE"])


def sign_pdf(key: RSA.RsaKey, pdf_path: Path) -> Path:
    digest = SHA256.new(pdf_path.read_bytes())
    signature = pss.new(key).sign(digest)
    sig_path = pdf_path.with_suffix(".pdf.sig")
    sig_path.write_bytes(signature)
    return sig_path


def verify_pdf(public_key: RSA.RsaKey, pdf_path: Path, sig_path: Path) -> bool:
    digest = SHA256.new(pdf_path.read_bytes())
    try:
        pss.new(public_key).verify(digest, sig_path.read_bytes())
    except (ValueError, TypeError):
        return False
    return True
