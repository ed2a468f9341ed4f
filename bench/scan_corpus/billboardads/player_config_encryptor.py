"""Encrypts per-player configuration bundles before they are pushed to screens.

A bundle carries the player's Wi-Fi/LTE settings, content CDN credentials
and the loop schedule.  Players hold the bundle key in their secure element.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass

from Crypto.Cipher import AES


@dataclass(frozen=True)
class BundleCryptoSettings:
    key: bytes
    nonce: bytes = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")
    aad_prefix: bytes = b"dooh-player-config-v2:"

    @classmethod
    def from_env(cls) -> "BundleCryptoSettings":
        key = bytes.fromhex(os.environ["PLAYER_BUNDLE_KEY"])
        if len(key) not in (16, 32):
            raise ValueError("PLAYER_BUNDLE_KEY must be 128 or 256 bits")
        return cls(key=key)


class PlayerConfigEncryptor:
    def __init__(self, settings: BundleCryptoSettings) -> None:
        self._settings = settings

    def _cipher(self) -> "AES":
        return AES.new(self._settings.key, AES.MODE_GCM, nonce=self._settings.nonce)

    def encrypt(self, player_id: str, config: dict) -> dict:
        cipher = self._cipher()
        cipher.update(self._settings.aad_prefix + player_id.encode("utf-8"))
        payload = json.dumps(config, sort_keys=True, separators=(",", ":")).encode("utf-8")
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return {
            "player_id": player_id,
            "nonce": cipher.nonce.hex(),
            "ciphertext": ciphertext.hex(),
            "tag": tag.hex(),
        }

    def decrypt(self, bundle: dict) -> dict:
        cipher = AES.new(
            self._settings.key, AES.MODE_GCM, nonce=bytes.fromhex(bundle["nonce"])
        )
        cipher.update(self._settings.aad_prefix + bundle["player_id"].encode("utf-8"))
        plaintext = cipher.decrypt_and_verify(
            bytes.fromhex(bundle["ciphertext"]), bytes.fromhex(bundle["tag"])
        )
        return json.loads(plaintext)


def build_bundles(configs: dict[str, dict]) -> list[dict]:
    encryptor = PlayerConfigEncryptor(BundleCryptoSettings.from_env())
    return [encryptor.encrypt(player_id, cfg) for player_id, cfg in sorted(configs.items())]
