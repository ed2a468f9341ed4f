"""Encrypt kiln controller config blobs (Wi-Fi credentials, cloud pairing) at rest.

Blobs are stored in the studio database and pushed to controllers after a
board replacement.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class CipherProfile:
    key_env: str = "KILNCTL_CONFIG_KEY"
    mode: int = AES.MODE_ECB
    block: int = AES.block_size
    version: str = "v2"


class ConfigVault:
    def __init__(self, profile: CipherProfile = CipherProfile()) -> None:
        self.profile = profile
        self._key = base64.b64decode(os.environ[profile.key_env])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("config key must be 128, 192 or 256 bits")

    def _cipher(self):
        return AES.new(self._key, self.profile.mode)

    def seal(self, config: dict) -> str:
        plaintext = json.dumps(config, sort_keys=True).encode("utf-8")
        blob = self._cipher().encrypt(pad(plaintext, self.profile.block))
        return f"{self.profile.version}:{base64.b64encode(blob).decode()}"

    def open(self, sealed: str) -> dict:
        version, _, payload = sealed.partition(":")
        if version != self.profile.version:
            raise ValueError(f"unsupported config blob version {version}")
        plaintext = unpad(self._cipher().decrypt(base64.b64decode(payload)), self.profile.block)
        return json.loads(plaintext)


def seal_controller_config(controller_id: str, wifi_ssid: str, wifi_psk: str,
                           pairing_code: str) -> str:
    return ConfigVault().seal(
        {"controller": controller_id, "wifi": {"ssid": wifi_ssid, "psk": wifi_psk},
         "pairing_code": pairing_code}
    )
