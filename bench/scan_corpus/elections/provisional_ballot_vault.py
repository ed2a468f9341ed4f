"""Encrypted storage for provisional ballot affidavits awaiting adjudication."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class SealedAffidavit:
    affidavit_id: str
    nonce: bytes
    ciphertext: bytes


class AffidavitVault:
    nonce_size = 12

    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "AffidavitVault":
        return cls(bytes.fromhex(os.environ["AFFIDAVIT_VAULT_KEY"]))

    def seal(self, affidavit_id: str, document: bytes) -> SealedAffidavit:
        nonce = os.urandom(self.nonce_size)
        ct = self._aead.encrypt(nonce, document, affidavit_id.encode())
        return SealedAffidavit(affidavit_id, nonce, ct)

    def unseal(self, sealed: SealedAffidavit) -> bytes:
        return self._aead.decrypt(sealed.nonce, sealed.ciphertext, sealed.affidavit_id.encode())


def store(conn, vault: AffidavitVault, affidavit_id: str, pdf_bytes: bytes) -> None:
    sealed = vault.seal(affidavit_id, pdf_bytes)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO provisional_affidavits (id, nonce, body) VALUES (%s, %s, %s)",
            (sealed.affidavit_id, sealed.nonce, sealed.ciphertext),
        )
    conn.commit()
