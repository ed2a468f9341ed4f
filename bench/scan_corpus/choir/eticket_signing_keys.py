"""Key rotation for the signatures printed in e-ticket QR codes."""
import datetime as dt
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYSTORE_DIR = Path(os.environ.get("TICKET_KEYSTORE", "/var/lib/boxoffice/keys"))
TICKET_KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def _passphrase() -> bytes:
    return os.environ["TICKET_KEY_PASSPHRASE"].encode()


def rotate_signing_key(kid: str, bits: int = TICKET_KEY_BITS) -> Path:
    """Generate a fresh signing key, store it encrypted and publish its public half."""
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    KEYSTORE_DIR.mkdir(parents=True, exist_ok=True)
    private_path = KEYSTORE_DIR / f"{kid}.pem"
    private_path.write_bytes(private_pem)
    private_path.chmod(0o600)
    (KEYSTORE_DIR / f"{kid}.pub.pem").write_bytes(public_pem)
    (KEYSTORE_DIR / "current.json").write_text(
        json.dumps({"kid": kid, "rotated": dt.datetime.now(dt.timezone.utc).isoformat()})
    )
    return private_path


def _load_current():
    meta = json.loads((KEYSTORE_DIR / "current.json").read_text())
    pem = (KEYSTORE_DIR / f"{meta['kid']}.pem").read_bytes()
    return meta["kid"], serialization.load_pem_private_key(pem, password=_passphrase())


def sign_ticket(ticket_id: str, performance_id: str, seat: str) -> dict:
    kid, key = _load_current()
    message = f"{ticket_id}|{performance_id}|{seat}".encode()
    signature = key.sign(
        message,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"kid": kid, "msg": message.decode(), "sig": signature.hex()}
