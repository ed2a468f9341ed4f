"""Private notes exchanged between the two members of a fabric swap.

Swap partners can leave each other notes such as a gate code or a preferred
drop-off time. Notes are encrypted at rest and purged when the swap closes.
"""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from quilter.config import settings
from quilter.swaps.models import SwapNote

NONCE_BYTES = 12
NOTE_CONTEXT = b"quilter/swap-note/v1"


@dataclass(frozen=True)
class SealedNote:
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, blob: bytes) -> "SealedNote":
        return cls(blob[:NONCE_BYTES], blob[NONCE_BYTES:])


class NoteCipher:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def seal(self, swap_id: int, text: str) -> SealedNote:
        nonce = os.urandom(NONCE_BYTES)
        aad = NOTE_CONTEXT + b":" + str(swap_id).encode()
        return SealedNote(nonce, self._aead.encrypt(nonce, text.encode("utf-8"), aad))

    def open(self, swap_id: int, sealed: SealedNote) -> str:
        aad = NOTE_CONTEXT + b":" + str(swap_id).encode()
        return self._aead.decrypt(sealed.nonce, sealed.ciphertext, aad).decode("utf-8")


cipher = NoteCipher(bytes.fromhex(settings.SWAP_NOTE_KEY_HEX))


def leave_note(session, swap_id: int, author_id: int, text: str) -> SwapNote:
    note = SwapNote(
        swap_id=swap_id,
        author_id=author_id,
        sealed=cipher.seal(swap_id, text[:500]).to_bytes(),
    )
    session.add(note)
    session.commit()
    return note


def read_notes(session, swap_id: int) -> list[tuple[int, str]]:
    notes = session.query(SwapNote).filter_by(swap_id=swap_id).order_by(SwapNote.created_at)
    return [(n.author_id, cipher.open(swap_id, SealedNote.from_bytes(n.sealed))) for n in notes]
