"""Verification codes printed on EN 10204 3.1 inspection certificates.

Customers type the code into the portal to confirm that a certificate PDF
they received was really issued by us and matches our records.
"""
import random
from dataclasses import dataclass

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


@dataclass(frozen=True)
class CertificateRef:
    cert_no: str
    heat_no: str
    order_no: str


def _grouped(code: str, size: int = 5) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def verification_code(ref: CertificateRef) -> str:
    # stable per certificate so a reprint carries the same code
    gen = random.Random(f"{ref.heat_no}/{ref.cert_no}")
    raw = "".join(gen.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return _grouped(raw)


def register(ref: CertificateRef, repo) -> str:
    code = verification_code(ref)
    repo.store_code(cert_no=ref.cert_no, order_no=ref.order_no, code=code)
    return code


def lookup(code: str, repo):
    normalized = code.replace(" ", "").upper()
    if len(normalized.replace("-", "")) != CODE_LENGTH:
        return None
    return repo.find_by_code(_grouped(normalized.replace("-", "")))
