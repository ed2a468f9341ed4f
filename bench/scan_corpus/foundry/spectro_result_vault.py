"""Encrypted storage of spectrometer results for export-controlled alloys.

Some defence customers require the chemistry of their heats to be kept
encrypted at rest; rows are sealed with AES-GCM before they are written.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class ResultVault:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or base64.b64decode(os.environ["SPECTRO_VAULT_KEY"]))

    def seal(self, heat_no: str, chemistry: dict[str, float]) -> str:
        nonce = os.urandom(NONCE_BYTES)
        body = json.dumps(chemistry, sort_keys=True).encode()
        ct = self._aead.encrypt(nonce, body, heat_no.encode())
        return base64.b64encode(nonce + ct).decode()

    def unseal(self, heat_no: str, token: str) -> dict[str, float]:
        raw = base64.b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, ct, heat_no.encode()))


def store_result(conn, vault: ResultVault, heat_no: str, chemistry: dict[str, float]) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO sealed_results (heat_no, payload) VALUES (%s, %s) "
            "ON CONFLICT (heat_no) DO UPDATE SET payload = EXCLUDED.payload",
            (heat_no, vault.seal(heat_no, chemistry)),
        )
    conn.commit()
