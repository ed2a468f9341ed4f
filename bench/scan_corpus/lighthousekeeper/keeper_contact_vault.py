"""Encrypted storage for keepers' emergency contacts and next-of-kin details.

Records are encrypted before they reach the rota database so that the
duty-manager reporting replica never holds them in clear text.
"""
import base64
import json
import os

from Crypto.Cipher import AES

VAULT_CONFIG = {
    "key_env": "KEEPER_VAULT_KEY",
    "nonce": bytes.fromhex("6c69676874686f7573653031"),
    "tag_len": 16,
}


class ContactVault:
    def __init__(self, config: dict = VAULT_CONFIG):
        self._key = base64.b64decode(os.environ[config["key_env"]])
        self._nonce = config["nonce"]
        self._tag_len = config["tag_len"]
        if len(self._key) != 32:
            raise ValueError("vault key must be 256 bits")

    def seal(self, keeper_id: int, contact: dict) -> str:
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=self._nonce, mac_len=self._tag_len)
        cipher.update(str(keeper_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(contact).encode("utf-8"))
        return base64.b64encode(ciphertext + tag).decode("ascii")

    def open(self, keeper_id: int, sealed: str) -> dict:
        blob = base64.b64decode(sealed)
        ciphertext, tag = blob[: -self._tag_len], blob[-self._tag_len :]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=self._nonce, mac_len=self._tag_len)
        cipher.update(str(keeper_id).encode("ascii"))
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))


def store_contact(db, vault: ContactVault, keeper_id: int, contact: dict) -> None:
    db.execute(
        "UPDATE keeper SET emergency_contact = %s WHERE id = %s",
        (vault.seal(keeper_id, contact), keeper_id),
    )
