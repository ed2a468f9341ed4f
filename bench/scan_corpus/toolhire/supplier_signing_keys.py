"""Key material for signed cross-hire orders exchanged with partner suppliers.

We sign outgoing cross-hire purchase orders and verify the supplier's signed
acknowledgement against the public key they registered in the portal.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

MIN_SUPPLIER_KEY_BITS = 2048


@dataclass(frozen=True)
class OwnKeySpec:
    public_exponent: int = 65537
    key_size: int = 3072


def generate_order_signing_key(out_dir: Path, spec: OwnKeySpec = OwnKeySpec()) -> Path:
    key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.key_size)
    passphrase = os.environ["TH_ORDER_KEY_PASSPHRASE"].encode("utf-8")
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    path = out_dir / "cross-hire-orders.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


class SupplierKeyRejected(ValueError):
    pass


def register_supplier_key(repo, supplier_id: int, pem: bytes) -> int:
    public_key = serialization.load_pem_public_key(pem)
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise SupplierKeyRejected("only RSA keys are accepted")
    if public_key.key_size < MIN_SUPPLIER_KEY_BITS:
        raise SupplierKeyRejected(f"key too short: {public_key.key_size} bits")
    repo.save_supplier_key(supplier_id, pem)
    return public_key.key_size


def verify_acknowledgement(repo, supplier_id: int, order_xml: bytes, signature: bytes) -> bool:
    public_key = serialization.load_pem_public_key(repo.supplier_key(supplier_id))
    try:
        public_key.verify(signature, order_xml, padding.PKCS1v15(), hashes.SHA256())
    except Exception:
        return False
    return True
